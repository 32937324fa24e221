import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateVendorBody, validateVendorQuery } from "../../utils/vendor-validation"
import { VendorCreateProduct, VendorGetProducts, VendorProductStatus, VendorUpdateProduct, VendorVariantStock } from "./validators"

export const vendorProductRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/vendor/products", middlewares: [validateVendorQuery(VendorGetProducts)] },
  { method: ["POST"], matcher: "/vendor/products", middlewares: [validateVendorBody(VendorCreateProduct)] },
  { method: ["POST"], matcher: "/vendor/products/:id", middlewares: [validateVendorBody(VendorUpdateProduct)] },
  { method: ["POST"], matcher: "/vendor/products/:id/status", middlewares: [validateVendorBody(VendorProductStatus)] },
  { method: ["POST"], matcher: "/vendor/products/:id/variants/:variant_id/stock", middlewares: [validateVendorBody(VendorVariantStock)] },
]
