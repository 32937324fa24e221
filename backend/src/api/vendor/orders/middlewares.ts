import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validation"
import { VendorCancelOrderBody, VendorGetOrdersParams, VendorOrderActionBody, VendorShipOrderBody } from "./validators"

/**
 * Validation of `/vendor/orders…` (sign-in and the member's cooperative: api/vendor/middlewares.ts):
 * 400 with localized field errors; `?locale=` is the reader's language, not a filter.
 */
export const vendorOrderRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/vendor/orders", middlewares: [validateQuery(VendorGetOrdersParams)] },
  ...(["accept", "prepare", "deliver", "cash-collected"] as const).map(
    (action): MiddlewareRoute => ({
      method: ["POST"],
      matcher: `/vendor/orders/:id/${action}`,
      middlewares: [validateBody(VendorOrderActionBody)],
    })
  ),
  { method: ["POST"], matcher: "/vendor/orders/:id/ship", middlewares: [validateBody(VendorShipOrderBody)] },
  { method: ["POST"], matcher: "/vendor/orders/:id/cancel", middlewares: [validateBody(VendorCancelOrderBody)] },
]
