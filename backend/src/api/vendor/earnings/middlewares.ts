import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateVendorQuery } from "../../utils/vendor-validation"
import { VendorGetEarningsParams, VendorGetEarningsSeriesParams } from "./validators"

/**
 * Validation of `/vendor/earnings…` (sign-in and the member's cooperative: api/vendor/middlewares.ts):
 * 400 with localized field errors; `?locale=` is the reader's language, not a filter.
 */
export const vendorEarningsRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/vendor/earnings", middlewares: [validateVendorQuery(VendorGetEarningsParams)] },
  { method: ["GET"], matcher: "/vendor/earnings/export.csv", middlewares: [validateVendorQuery(VendorGetEarningsParams)] },
  { method: ["GET"], matcher: "/vendor/earnings/series", middlewares: [validateVendorQuery(VendorGetEarningsSeriesParams)] },
]
