import type { MiddlewareRoute } from "@medusajs/framework/http"
import { strictly, validateQuery } from "../../utils/validation"
import { AdminSalesReportParams } from "./validators"

/** Validation of `/admin/reports…` (Medusa authenticates every `/admin` route as an organizer, a `user`). */
export const adminReportRoutesMiddlewares: MiddlewareRoute[] = ["/admin/reports/sales", "/admin/reports/sales/export.csv"].map((matcher) => ({
  method: ["GET"],
  matcher,
  middlewares: [validateQuery(strictly(AdminSalesReportParams))],
}))
