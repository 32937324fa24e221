import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validation"
import { AdminGetReviewsParams, AdminHideReviewBody, AdminRestoreReviewBody } from "./validators"

/** `/admin/reviews…`: organizers only (Medusa's own `/admin` authentication). */
export const adminReviewRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/reviews", middlewares: [validateQuery(AdminGetReviewsParams)] },
  { method: ["POST"], matcher: "/admin/reviews/:id/hide", middlewares: [validateBody(AdminHideReviewBody)] },
  { method: ["POST"], matcher: "/admin/reviews/:id/restore", middlewares: [validateBody(AdminRestoreReviewBody)] },
]
