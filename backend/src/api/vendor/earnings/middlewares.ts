import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../utils/validation"
import { VendorGetEarningsParams, VendorGetEarningsSeriesParams } from "./validators"

/**
 * Validation of `/vendor/earnings…` (sign-in and the member's cooperative: api/vendor/middlewares.ts):
 * 400 with localized field errors; `?locale=` is the reader's language, not a filter.
 */
export const vendorEarningsRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/vendor/earnings", middlewares: [validateQuery(VendorGetEarningsParams)] },
  { method: ["GET"], matcher: "/vendor/earnings/export.csv", middlewares: [validateQuery(VendorGetEarningsParams)] },
  { method: ["GET"], matcher: "/vendor/earnings/series", middlewares: [validateQuery(VendorGetEarningsSeriesParams)] },
]
