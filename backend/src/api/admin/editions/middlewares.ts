import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validation"
import { AdminCreateEdition, AdminGetEditions, AdminUpdateEdition } from "./validators"

/** The organizers' edition routes (the `user` actor: Medusa authenticates every `/admin` route). */
export const adminEditionRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/editions", middlewares: [validateQuery(AdminGetEditions)] },
  { method: ["POST"], matcher: "/admin/editions", middlewares: [validateBody(AdminCreateEdition)] },
  { method: ["POST"], matcher: "/admin/editions/:id", middlewares: [validateBody(AdminUpdateEdition)] },
]
