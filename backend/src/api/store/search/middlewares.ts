import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../utils/validation"
import { StoreSearchParams } from "./validators"

export const storeSearchRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/search", middlewares: [validateQuery(StoreSearchParams)] },
]
