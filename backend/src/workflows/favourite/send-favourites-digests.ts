import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { collectFavouritesDigestsStep } from "./steps/collect-favourites-digests"
import { recordDigestStateStep } from "./steps/record-digest-state"
import { renderFavouritesDigestEmailsStep } from "./steps/render-favourites-digest-emails"

/**
 * The weekly digest of followed cooperatives (the scheduled job runs it; `now` defaults to the
 * present): collect who is due and has news, record the send (at most one a week), then email.
 * A failed send puts the records back, so those customers are due again at the next run.
 */
export const sendFavouritesDigestsWorkflow = createWorkflow("send-favourites-digests", (input: { now?: Date }) => {
  const now = transform({ input }, ({ input }) => (input.now ? new Date(input.now) : new Date()))
  const digests = collectFavouritesDigestsStep({ now })
  const sent = transform({ digests, now }, ({ digests, now }) => digests.map((digest) => ({ customer_id: digest.customer_id, last_sent_at: now })))
  recordDigestStateStep(sent)
  const notifications = renderFavouritesDigestEmailsStep({ digests, now })
  sendNotificationsStep(notifications)
  return new WorkflowResponse(digests)
})
