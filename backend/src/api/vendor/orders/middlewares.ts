import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { VendorCancelOrderBody, VendorGetOrdersParams, VendorOrderActionBody, VendorShipOrderBody } from "./validators"

/** Validation of `/vendor/orders…` (sign-in and the member's cooperative: api/vendor/middlewares.ts). */
export const vendorOrderRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/vendor/orders",
    middlewares: [validateAndTransformQuery(VendorGetOrdersParams, { defaults: [], isList: true, defaultLimit: 20 })],
  },
  ...(["accept", "prepare", "deliver", "cash-collected"] as const).map(
    (action): MiddlewareRoute => ({
      method: ["POST"],
      matcher: `/vendor/orders/:id/${action}`,
      middlewares: [validateAndTransformBody(VendorOrderActionBody)],
    })
  ),
  { method: ["POST"], matcher: "/vendor/orders/:id/ship", middlewares: [validateAndTransformBody(VendorShipOrderBody)] },
  { method: ["POST"], matcher: "/vendor/orders/:id/cancel", middlewares: [validateAndTransformBody(VendorCancelOrderBody)] },
]
