import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { PeriodParams } from "../../utils/period"
import { AdminCreatePayoutBody, AdminUpdateCommissionBody } from "./validators"

/** Validation of `/admin/settlement…` (Medusa authenticates every `/admin` route as an organizer, a `user`). */
export const adminSettlementRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/settlement/commission", middlewares: [validateAndTransformBody(AdminUpdateCommissionBody)] },
  { method: ["POST"], matcher: "/admin/settlement/payouts", middlewares: [validateAndTransformBody(AdminCreatePayoutBody)] },
  {
    method: ["GET"],
    matcher: "/admin/settlement/cooperatives/:id/statement",
    middlewares: [validateAndTransformQuery(PeriodParams, { defaults: [], isList: false })],
  },
]
