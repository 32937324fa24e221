import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import * as QueryConfig from "./query-config"
import { StoreGetCooperativeParams, StoreGetCooperativesParams } from "./validators"

export const storeCooperativeRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/cooperatives",
    middlewares: [validateAndTransformQuery(StoreGetCooperativesParams, QueryConfig.listCooperativesQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/store/cooperatives/:handle",
    middlewares: [validateAndTransformQuery(StoreGetCooperativeParams, QueryConfig.retrieveCooperativeQueryConfig)],
  },
]
