import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateCustomerAddressUpdate, validateNewCustomerAddress } from "../../utils/address-validation"
import { recordMarketingConsent } from "../../utils/marketing-consent"
import { strictly, validateBody } from "../../utils/validation"
import { StoreMergeCustomerCart } from "./me/cart/validators"
import { StoreEraseCustomer } from "./me/erasure/validators"

/**
 * Address checks use regular-expression matchers so they run before Medusa's body validation
 * (Medusa registers them ahead of its static routes); they authenticate the customer themselves,
 * since they also run ahead of Medusa's `/store/customers/me*` authentication.
 */
export const storeCustomerRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: /^\/store\/customers(\/me)?\/?$/i,
    middlewares: [recordMarketingConsent],
  },
  {
    method: ["POST"],
    matcher: /^\/store\/customers\/me\/addresses\/?$/i,
    middlewares: [authenticate("customer", ["session", "bearer"]), validateNewCustomerAddress],
  },
  {
    method: ["POST"],
    matcher: /^\/store\/customers\/me\/addresses\/([^/]+)\/?$/i,
    middlewares: [authenticate("customer", ["session", "bearer"]), validateCustomerAddressUpdate],
  },
  {
    method: ["POST"],
    matcher: "/store/customers/me/cart",
    middlewares: [validateBody(strictly(StoreMergeCustomerCart))],
  },
  {
    method: ["POST"],
    matcher: "/store/customers/me/erasure",
    middlewares: [validateBody(StoreEraseCustomer)],
  },
]
