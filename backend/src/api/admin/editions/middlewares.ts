import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateVendorBody, validateVendorQuery } from "../../utils/vendor-validation"
import { AdminCreateEdition, AdminGetEditions, AdminUpdateEdition } from "./validators"

/** The organizers' edition routes (the `user` actor: Medusa authenticates every `/admin` route). */
export const adminEditionRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/editions", middlewares: [validateVendorQuery(AdminGetEditions)] },
  { method: ["POST"], matcher: "/admin/editions", middlewares: [validateVendorBody(AdminCreateEdition)] },
  { method: ["POST"], matcher: "/admin/editions/:id", middlewares: [validateVendorBody(AdminUpdateEdition)] },
]
