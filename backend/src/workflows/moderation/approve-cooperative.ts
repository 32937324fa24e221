import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { setUpCooperativeShippingWorkflow } from "../onboarding/set-up-cooperative-shipping"
import { getCooperativeProductsStep } from "./steps/get-cooperative-products"
import { getStorefrontChannelStep } from "../catalog/steps/get-storefront-channel"
import { recordModerationEventStep } from "./steps/record-moderation-event"
import { updateCooperativesStep } from "../onboarding/steps/update-cooperative-records"
import { validateCooperativeTransitionStep } from "./steps/validate-cooperative-transition"
import { channelUpdates } from "../../domain/moderation/product-channels"
import { CatalogEvents } from "@tadamon/shared"

export type ApproveCooperativeWorkflowInput = {
  cooperative_id: string
  /** The organizer (admin user id) deciding; recorded in the moderation log. */
  actor_id?: string | null
  /** `approve` (pending or rejected; suspended ones too, recorded as reinstated) or `reinstate` (suspended only). */
  transition?: "approve" | "reinstate"
}

/**
 * The organizers approve a cooperative (a pending or rejected application) or reinstate a
 * suspended one: it is approved, gets its shipping setup (stock location, profile, options) in the
 * storefront's sales channel, and its published products go on sale there. The decision is logged;
 * `cooperative.approved` tells the owner by email.
 */
export const approveCooperativeWorkflow = createWorkflow("approve-cooperative", (input: ApproveCooperativeWorkflowInput) => {
  const checked = validateCooperativeTransitionStep(
    transform({ input }, ({ input }) => ({ cooperative_id: input.cooperative_id, transition: input.transition ?? ("approve" as const) }))
  )
  const channelId = getStorefrontChannelStep()
  updateCooperativesStep(
    transform({ checked }, ({ checked }) => [{ id: checked.id, status: "approved" as const, status_reason: null }])
  )
  const shipping = setUpCooperativeShippingWorkflow.runAsStep({
    input: transform({ input, channelId }, ({ input, channelId }) => ({ cooperative_id: input.cooperative_id, sales_channel_id: channelId })),
  })
  const products = getCooperativeProductsStep({ cooperative_id: input.cooperative_id })
  const updates = transform({ products, channelId, shipping }, ({ products, channelId, shipping }) =>
    channelUpdates(products, { approved: true, channelId, profileId: shipping.shipping_profile_id })
  )
  when("put-cooperative-products-on-sale", { updates }, ({ updates }) => updates.length > 0).then(() => {
    updateProductsWorkflow.runAsStep({ input: { products: updates } })
  })
  recordModerationEventStep(
    transform({ checked, input }, ({ checked, input }) => ({
      cooperative_id: checked.id,
      action: checked.action,
      target_type: "cooperative" as const,
      target_id: checked.id,
      actor_id: input.actor_id ?? null,
      details: { previous_status: checked.previous_status },
    }))
  )
  emitEventStep({
    eventName: CatalogEvents.COOPERATIVE_APPROVED,
    data: transform({ checked }, ({ checked }) => ({
      id: checked.id,
      previous_status: checked.previous_status,
      at: new Date().toISOString(),
    })),
  })
  return new WorkflowResponse(checked)
})
