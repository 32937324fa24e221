import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { PeriodParams } from "../../utils/period"
import { validateBody, validateQuery } from "../../utils/validation"
import { AdminCreatePayoutBody, AdminImportRemittanceBody, AdminListRemittancesQuery, AdminUpdateCommissionBody } from "./validators"

/** Validation of `/admin/settlement…` (Medusa authenticates every `/admin` route as an organizer, a `user`). */
export const adminSettlementRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/settlement/commission", middlewares: [validateAndTransformBody(AdminUpdateCommissionBody)] },
  { method: ["POST"], matcher: "/admin/settlement/payouts", middlewares: [validateAndTransformBody(AdminCreatePayoutBody)] },
  {
    method: ["GET"],
    matcher: "/admin/settlement/cooperatives/:id/statement",
    middlewares: [validateAndTransformQuery(PeriodParams, { defaults: [], isList: false })],
  },
  // A carrier's statement can hold thousands of lines: a larger body than Medusa's 100 kB default.
  {
    method: ["POST"],
    matcher: "/admin/settlement/remittances",
    bodyParser: { sizeLimit: "2mb" },
    middlewares: [validateBody(AdminImportRemittanceBody)],
  },
  { method: ["GET"], matcher: "/admin/settlement/remittances", middlewares: [validateQuery(AdminListRemittancesQuery)] },
]
