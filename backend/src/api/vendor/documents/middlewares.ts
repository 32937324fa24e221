import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../utils/validation"
import { VendorCreateDocument } from "./validators"

export const vendorDocumentRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/vendor/documents", middlewares: [validateBody(VendorCreateDocument)] },
]
