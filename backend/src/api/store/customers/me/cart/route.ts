import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreCustomerCartResponse } from "@tadamon/shared"
import { mergeCustomerCartsWorkflow } from "../../../../../workflows/cart/merge-customer-carts"
import type { StoreMergeCustomerCartType } from "./validators"

/**
 * Called by the storefront right after sign-in with its guest cart id: the cart to continue with
 * (the guest cart, now the customer's, with their previous open cart's lines merged in), the
 * customer's most recent open cart when there is no guest cart, or `{ cart: null }`.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreMergeCustomerCartType>,
  res: MedusaResponse<StoreCustomerCartResponse>
) => {
  const { result } = await mergeCustomerCartsWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, cart_id: req.validatedBody.cart_id },
  })
  res.json(result)
}
