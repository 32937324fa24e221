import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../utils/validation"
import { StoreGetEditions } from "./validators"

/** Market editions for everyone with the publishable key (Medusa requires it on every /store route). */
export const storeEditionRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/editions", middlewares: [validateQuery(StoreGetEditions)] },
]
