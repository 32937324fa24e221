import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../utils/validation"
import { VendorApplication } from "./validators"

export const vendorApplicationRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/vendor/applications", middlewares: [validateBody(VendorApplication)] },
]
