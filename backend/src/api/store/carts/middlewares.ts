import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateCartContact } from "../../utils/address-validation"
import { recordTermsAcceptance } from "../../utils/terms-acceptance"

/**
 * Regular-expression matchers: Medusa registers them before its own static routes, so the
 * addresses and email are checked (with localized field errors) and normalized, and an acceptance of
 * the terms of sale is checked and dated by the server, before Medusa's body validation and handler run. They match `/store/carts` and `/store/carts/:id` only.
 */
export const storeCartRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: /^\/store\/carts\/?$/i, middlewares: [validateCartContact, recordTermsAcceptance] },
  { method: ["POST"], matcher: /^\/store\/carts\/[^/]+\/?$/i, middlewares: [validateCartContact, recordTermsAcceptance] },
]
