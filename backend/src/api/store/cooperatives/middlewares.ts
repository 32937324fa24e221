import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../utils/validation"
import * as QueryConfig from "./query-config"
import { StoreGetCooperativeParams, StoreGetCooperativesParams } from "./validators"

export const storeCooperativeRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/cooperatives",
    middlewares: [validateQuery(StoreGetCooperativesParams, QueryConfig.listCooperativesQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/store/cooperatives/:handle",
    middlewares: [validateQuery(StoreGetCooperativeParams, QueryConfig.retrieveCooperativeQueryConfig)],
  },
]
