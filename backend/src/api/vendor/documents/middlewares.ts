import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateVendorBody } from "../../utils/vendor-validation"
import { VendorCreateDocument } from "./validators"

export const vendorDocumentRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/vendor/documents", middlewares: [validateVendorBody(VendorCreateDocument)] },
]
