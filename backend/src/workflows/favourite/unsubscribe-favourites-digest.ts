import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordDigestStateStep } from "./steps/record-digest-state"

/** Stops the weekly digest of followed cooperatives for a customer (the email's unsubscribe link). */
export const unsubscribeFavouritesDigestWorkflow = createWorkflow("unsubscribe-favourites-digest", (input: { customer_id: string }) => {
  const states = transform({ input }, ({ input }) => [{ customer_id: input.customer_id, unsubscribed_at: new Date() }])
  return new WorkflowResponse(recordDigestStateStep(states))
})
