import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateVendorQuery } from "../../utils/vendor-validation"
import { StoreGetEditions } from "./validators"

/** Market editions for everyone with the publishable key (Medusa requires it on every /store route). */
export const storeEditionRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/editions", middlewares: [validateVendorQuery(StoreGetEditions)] },
]
