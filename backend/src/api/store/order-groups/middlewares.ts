import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../utils/validation"
import { StoreGetOrderGroupParams, StoreGetOrderGroupsParams } from "./validators"

const queryConfig = { defaults: [], isList: false }

export const storeOrderGroupRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/order-groups/:reference",
    middlewares: [
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      validateQuery(StoreGetOrderGroupParams, queryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/customers/me/order-groups",
    middlewares: [
      authenticate("customer", ["session", "bearer"]),
      validateQuery(StoreGetOrderGroupsParams, { defaults: [], isList: true, defaultLimit: 10 }),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/customers/me/order-groups/:reference",
    middlewares: [authenticate("customer", ["session", "bearer"]), validateQuery(StoreGetOrderGroupParams, queryConfig)],
  },
]
