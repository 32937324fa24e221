import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validation"
import { AdminReviewProduct } from "../products/[id]/review/validators"
import { AdminGetReviewQueue } from "../products/review-queue/validators"
import {
  AdminGetCooperatives,
  AdminGetModerationEvents,
  AdminReasonBody,
  AdminSuspendCooperative,
  AdminTrustCooperative,
  AdminVerifyDocument,
} from "./validators"

/** The organizers' moderation routes (the `user` actor; Medusa authenticates every `/admin` route). */
export const adminCooperativeRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/cooperatives", middlewares: [validateQuery(AdminGetCooperatives)] },
  { method: ["POST"], matcher: "/admin/cooperatives/:id/suspend", middlewares: [validateBody(AdminSuspendCooperative)] },
  { method: ["POST"], matcher: "/admin/cooperatives/:id/reject", middlewares: [validateBody(AdminReasonBody)] },
  { method: ["POST"], matcher: "/admin/cooperatives/:id/trust", middlewares: [validateBody(AdminTrustCooperative)] },
  { method: ["GET"], matcher: "/admin/cooperatives/:id/moderation-events", middlewares: [validateQuery(AdminGetModerationEvents)] },
  { method: ["GET"], matcher: "/admin/products/review-queue", middlewares: [validateQuery(AdminGetReviewQueue)] },
  {
    method: ["POST"],
    matcher: "/admin/cooperatives/:id/documents/:document_id/verify",
    middlewares: [validateBody(AdminVerifyDocument)],
  },
  { method: ["POST"], matcher: "/admin/products/:id/review", middlewares: [validateBody(AdminReviewProduct)] },
]
