import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminSalesReportParams } from "./validators"

/** Validation of `/admin/reports…` (Medusa authenticates every `/admin` route as an organizer, a `user`). */
export const adminReportRoutesMiddlewares: MiddlewareRoute[] = ["/admin/reports/sales", "/admin/reports/sales/export.csv"].map((matcher) => ({
  method: ["GET"],
  matcher,
  middlewares: [validateAndTransformQuery(AdminSalesReportParams, { defaults: [], isList: false })],
}))
