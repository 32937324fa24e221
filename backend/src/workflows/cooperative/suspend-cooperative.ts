import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { getCooperativeProductsStep } from "./steps/get-cooperative-products"
import { updateCooperativesStep } from "./steps/update-cooperative-records"
import { validateCooperativeTransitionStep } from "./steps/validate-cooperative-transition"
import { channelUpdates } from "./utils/product-channels"

export type SuspendCooperativeWorkflowInput = { cooperative_id: string; reason: string }

/**
 * The organizers suspend a cooperative with a reason it can read: an approved one stops selling
 * (its products leave every sales channel), a pending one has its application refused. It keeps
 * reading its data. `cooperative.suspended` tells the owner by email.
 */
export const suspendCooperativeWorkflow = createWorkflow("suspend-cooperative", (input: SuspendCooperativeWorkflowInput) => {
  const checked = validateCooperativeTransitionStep({ cooperative_id: input.cooperative_id, transition: "suspend" })
  updateCooperativesStep(
    transform({ checked, input }, ({ checked, input }) => [{ id: checked.id, status: "suspended" as const, status_reason: input.reason.trim() }])
  )
  const products = getCooperativeProductsStep({ cooperative_id: input.cooperative_id })
  const updates = transform({ products }, ({ products }) => channelUpdates(products, { approved: false, channelId: null }))
  when("take-cooperative-products-off-sale", { updates }, ({ updates }) => updates.length > 0).then(() => {
    updateProductsWorkflow.runAsStep({ input: { products: updates } })
  })
  emitEventStep({
    eventName: "cooperative.suspended",
    data: transform({ checked, input }, ({ checked, input }) => ({
      id: checked.id,
      previous_status: checked.previous_status,
      reason: input.reason.trim(),
      at: new Date().toISOString(),
    })),
  })
  return new WorkflowResponse(checked)
})
