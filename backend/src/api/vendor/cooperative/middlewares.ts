import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../utils/validation"
import { requireOwner } from "../context"
import { VendorUpdateCooperative } from "./validators"

export const vendorCooperativeRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/vendor/cooperative", middlewares: [requireOwner, validateBody(VendorUpdateCooperative)] },
]
