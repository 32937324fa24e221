import { MedusaError } from "@medusajs/framework/utils"
import { transferCartCustomerWorkflow } from "@medusajs/medusa/core-flows"

/**
 * A cart that belongs to a registered customer never moves to another one, whichever route asks
 * (Medusa's `POST /store/carts/:id/customer` or Tadamon's sign-in merge). A guest's cart (no
 * customer, or a guest customer record without an account) may. Refused as not found, so the
 * answer does not reveal that the cart exists.
 */
transferCartCustomerWorkflow.hooks.validate(({ input, cart }) => {
  const owner = cart as { customer_id?: string | null; customer?: { has_account?: boolean } | null }
  if (owner.customer_id && owner.customer_id !== input.customer_id && owner.customer?.has_account) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id ${input.id} was not found`)
  }
})
