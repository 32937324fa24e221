import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { anonymizeCustomerOrdersStep } from "./steps/anonymize-customer-orders"
import { anonymizeCustomerReviewsStep } from "./steps/anonymize-customer-reviews"
import { checkCustomerErasableStep } from "./steps/check-customer-erasable"
import { deleteCustomerFavouritesStep } from "./steps/delete-customer-favourites"
import { eraseCustomerRecordStep } from "./steps/erase-customer-record"
import { releaseCustomerSignInStep } from "./steps/release-customer-sign-in"

export type EraseCustomerInput = {
  customer_id: string
  /** The email the customer signs in with (their emailpass identity). */
  email: string
}

/**
 * A customer erases their account (law 09-08). Refused while an order is on its way. Otherwise the
 * orders, order groups, carts and reviews are kept without the person, the customer record, address book
 * and favourites go, and the sign-in last. Each writing step compensates but the last, so a failure leaves the
 * account as it was.
 */
export const eraseCustomerWorkflow = createWorkflow("erase-customer", (input: EraseCustomerInput) => {
  // A double submit erases once: the second run waits, then finds no customer.
  const lockKey = transform({ input }, ({ input }) => `customer-erasure:${input.customer_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
  checkCustomerErasableStep({ customer_id: input.customer_id })
  const kept = anonymizeCustomerOrdersStep({ customer_id: input.customer_id })
  anonymizeCustomerReviewsStep({ customer_id: input.customer_id })
  deleteCustomerFavouritesStep({ customer_id: input.customer_id })
  eraseCustomerRecordStep({ customer_id: input.customer_id })
  releaseCustomerSignInStep({ customer_id: input.customer_id, email: input.email })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(kept)
})
