import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validation"
import { VendorCreateProduct, VendorGetProducts, VendorProductStatus, VendorUpdateProduct, VendorVariantStock } from "./validators"

export const vendorProductRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/vendor/products", middlewares: [validateQuery(VendorGetProducts)] },
  { method: ["POST"], matcher: "/vendor/products", middlewares: [validateBody(VendorCreateProduct)] },
  { method: ["POST"], matcher: "/vendor/products/:id", middlewares: [validateBody(VendorUpdateProduct)] },
  { method: ["POST"], matcher: "/vendor/products/:id/status", middlewares: [validateBody(VendorProductStatus)] },
  { method: ["POST"], matcher: "/vendor/products/:id/variants/:variant_id/stock", middlewares: [validateBody(VendorVariantStock)] },
]
