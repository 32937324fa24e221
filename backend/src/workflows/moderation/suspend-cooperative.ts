import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { getCooperativeProductsStep } from "./steps/get-cooperative-products"
import { recordModerationEventStep } from "./steps/record-moderation-event"
import { updateCooperativesStep } from "../onboarding/steps/update-cooperative-records"
import { validateCooperativeTransitionStep } from "./steps/validate-cooperative-transition"
import { channelUpdates } from "../../domain/moderation/product-channels"
import { CatalogEvents, ModerationEvents } from "@tadamon/shared"

export type SuspendCooperativeWorkflowInput = {
  cooperative_id: string
  reason: string
  /** The organizer (admin user id) deciding; recorded in the moderation log. */
  actor_id?: string | null
  /** `suspend` an approved cooperative, or `reject` a pending application. */
  transition?: "suspend" | "reject"
}

/**
 * The organizers suspend an approved cooperative, or reject a pending application, with a reason
 * it reads: it is `suspended` (resp. `rejected`), its products leave every sales channel, it keeps
 * reading its data. The decision is logged; `cooperative.suspended` (resp. `cooperative.rejected`)
 * tells the owner by email.
 */
export const suspendCooperativeWorkflow = createWorkflow("suspend-cooperative", (input: SuspendCooperativeWorkflowInput) => {
  const transition = transform({ input }, ({ input }) => input.transition ?? ("suspend" as const))
  const checked = validateCooperativeTransitionStep(
    transform({ input, transition }, ({ input, transition }) => ({ cooperative_id: input.cooperative_id, transition }))
  )
  updateCooperativesStep(
    transform({ checked, input, transition }, ({ checked, input, transition }) => [
      { id: checked.id, status: transition === "reject" ? ("rejected" as const) : ("suspended" as const), status_reason: input.reason.trim() },
    ])
  )
  const products = getCooperativeProductsStep({ cooperative_id: input.cooperative_id })
  const updates = transform({ products }, ({ products }) => channelUpdates(products, { approved: false, channelId: null }))
  when("take-cooperative-products-off-sale", { updates }, ({ updates }) => updates.length > 0).then(() => {
    updateProductsWorkflow.runAsStep({ input: { products: updates } })
  })
  recordModerationEventStep(
    transform({ checked, input }, ({ checked, input }) => ({
      cooperative_id: checked.id,
      action: checked.action,
      target_type: "cooperative" as const,
      target_id: checked.id,
      actor_id: input.actor_id ?? null,
      reason: input.reason,
      details: { previous_status: checked.previous_status },
    }))
  )
  const eventData = transform({ checked, input }, ({ checked, input }) => ({
    id: checked.id,
    previous_status: checked.previous_status,
    reason: input.reason.trim(),
    at: new Date().toISOString(),
  }))
  when("announce-rejection", { transition }, ({ transition }) => transition === "reject").then(() => {
    emitEventStep({ eventName: ModerationEvents.COOPERATIVE_REJECTED, data: eventData }).config({ name: "emit-cooperative-rejected" })
  })
  when("announce-suspension", { transition }, ({ transition }) => transition !== "reject").then(() => {
    emitEventStep({ eventName: CatalogEvents.COOPERATIVE_SUSPENDED, data: eventData }).config({ name: "emit-cooperative-suspended" })
  })
  return new WorkflowResponse(checked)
})
