import { authenticate, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreGetOrderGroupParams, StoreGetOrderGroupsParams } from "./validators"

const queryConfig = { defaults: [], isList: false }

export const storeOrderGroupRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/order-groups/:reference",
    middlewares: [
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      validateAndTransformQuery(StoreGetOrderGroupParams, queryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/customers/me/order-groups",
    middlewares: [
      authenticate("customer", ["session", "bearer"]),
      validateAndTransformQuery(StoreGetOrderGroupsParams, { defaults: [], isList: true, defaultLimit: 10 }),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/customers/me/order-groups/:reference",
    middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformQuery(StoreGetOrderGroupParams, queryConfig)],
  },
]
