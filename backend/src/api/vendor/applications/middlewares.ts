import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateVendorBody } from "../../utils/vendor-validation"
import { VendorApplication } from "./validators"

export const vendorApplicationRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/vendor/applications", middlewares: [validateVendorBody(VendorApplication)] },
]
