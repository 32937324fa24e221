import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { VendorGetEarningsParams, VendorGetEarningsSeriesParams } from "./validators"

const config = { defaults: [], isList: false }

/** Validation of `/vendor/earnings…` (sign-in and the member's cooperative: api/vendor/middlewares.ts). */
export const vendorEarningsRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/vendor/earnings", middlewares: [validateAndTransformQuery(VendorGetEarningsParams, config)] },
  { method: ["GET"], matcher: "/vendor/earnings/export.csv", middlewares: [validateAndTransformQuery(VendorGetEarningsParams, config)] },
  { method: ["GET"], matcher: "/vendor/earnings/series", middlewares: [validateAndTransformQuery(VendorGetEarningsSeriesParams, config)] },
]
