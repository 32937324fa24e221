import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateVendorBody, validateVendorQuery } from "../../utils/vendor-validation"
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
  { method: ["GET"], matcher: "/admin/cooperatives", middlewares: [validateVendorQuery(AdminGetCooperatives)] },
  { method: ["POST"], matcher: "/admin/cooperatives/:id/suspend", middlewares: [validateVendorBody(AdminSuspendCooperative)] },
  { method: ["POST"], matcher: "/admin/cooperatives/:id/reject", middlewares: [validateVendorBody(AdminReasonBody)] },
  { method: ["POST"], matcher: "/admin/cooperatives/:id/trust", middlewares: [validateVendorBody(AdminTrustCooperative)] },
  { method: ["GET"], matcher: "/admin/cooperatives/:id/moderation-events", middlewares: [validateVendorQuery(AdminGetModerationEvents)] },
  { method: ["GET"], matcher: "/admin/products/review-queue", middlewares: [validateVendorQuery(AdminGetReviewQueue)] },
  {
    method: ["POST"],
    matcher: "/admin/cooperatives/:id/documents/:document_id/verify",
    middlewares: [validateVendorBody(AdminVerifyDocument)],
  },
  { method: ["POST"], matcher: "/admin/products/:id/review", middlewares: [validateVendorBody(AdminReviewProduct)] },
]
