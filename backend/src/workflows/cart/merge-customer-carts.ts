import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, transferCartCustomerWorkflow, updateCartsStep } from "@medusajs/medusa/core-flows"
import type { StoreCustomerCartResponse } from "@tadamon/shared"
import { getCartsToMergeStep, MERGED_INTO_KEY, type GetCartsToMergeInput } from "./steps/get-carts-to-merge"
import { mergeCartLinesStep } from "./steps/merge-cart-lines"

export type MergeCustomerCartsWorkflowInput = GetCartsToMergeInput

/**
 * Right after sign-in: the guest cart becomes the customer's (Medusa's transfer workflow), the
 * lines of their previous open cart in the same region are added to it (Medusa's add-to-cart;
 * quantities add up; lines that no longer fit are skipped and reported) and that previous cart
 * is marked `metadata.merged_into` so it is never merged again. Without a guest cart, the
 * customer's most recent open cart is returned. Each writing step compensates.
 */
export const mergeCustomerCartsWorkflow = createWorkflow(
  "merge-customer-carts",
  (input: MergeCustomerCartsWorkflowInput) => {
    // A double sign-in must not merge the same lines twice: one run waits for the other.
    const lockKey = transform({ input }, ({ input }) => `customer-carts:${input.customer_id}`)
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
    const plan = getCartsToMergeStep(input)

    when("transfer-guest-cart", { plan }, ({ plan }) => !!plan.cart_id && plan.transfer).then(() => {
      const transfer = transform({ plan, input }, ({ plan, input }) => ({ id: plan.cart_id ?? "", customer_id: input.customer_id }))
      transferCartCustomerWorkflow.runAsStep({ input: transfer })
    })

    const merged = when("merge-previous-cart", { plan }, ({ plan }) => !!plan.cart_id && !!plan.source).then(() => {
      const lines = transform({ plan }, ({ plan }) => ({ cart_id: plan.cart_id ?? "", lines: plan.source?.lines ?? [] }))
      const result = mergeCartLinesStep(lines)
      const mark = transform({ plan }, ({ plan }) =>
        plan.source
          ? [{ id: plan.source.id, metadata: { ...plan.source.metadata, [MERGED_INTO_KEY]: plan.cart_id, merged_at: new Date().toISOString() } }]
          : []
      )
      updateCartsStep(mark)
      return result
    })

    const response = transform({ plan, merged }, ({ plan, merged }): StoreCustomerCartResponse => ({
      cart: plan.cart_id ? { id: plan.cart_id } : null,
      skipped_item_ids: merged?.skipped_item_ids ?? [],
    }))
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(response)
  }
)
