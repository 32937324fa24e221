import type { MiddlewareRoute } from "@medusajs/framework/http"
import { PeriodParams } from "../../utils/period"
import { strictly, validateBody, validateQuery } from "../../utils/validation"
import { AdminCreatePayoutBody, AdminImportRemittanceBody, AdminListRemittancesQuery, AdminUpdateCommissionBody } from "./validators"

/** Validation of `/admin/settlement…`: unknown fields are refused, as on Medusa's own Admin routes (Medusa authenticates every `/admin` route as an organizer, a `user`). */
export const adminSettlementRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/settlement/commission", middlewares: [validateBody(strictly(AdminUpdateCommissionBody))] },
  { method: ["POST"], matcher: "/admin/settlement/payouts", middlewares: [validateBody(strictly(AdminCreatePayoutBody))] },
  {
    method: ["GET"],
    matcher: "/admin/settlement/cooperatives/:id/statement",
    middlewares: [validateQuery(strictly(PeriodParams))],
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
