import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CatalogEvents, ModerationEvents } from "@tadamon/shared"
import type { CooperativeDecision } from "../emails/cooperative-status"
import { sendCooperativeStatusEmailWorkflow } from "../workflows/moderation/send-cooperative-status-email"

type CooperativeStatusEvent = { id: string; previous_status: string; reason?: string; at: string }
type DocumentEvent = { id: string; cooperative_id: string; decision: "verify" | "refuse"; reason?: string | null; at?: string }
type DocumentExpiredEvent = { id: string; cooperative_id: string; at: string }
type ProductEvent = { id: string; cooperative_id?: string; decision: "publish" | "reject"; reason?: string | null; automatic?: boolean; at?: string }

type Email = { cooperative_id: string; decision: CooperativeDecision; reason: string | null; key: string; about?: { type: "document" | "product"; id: string } }

/** Which email an organizers' decision calls for (none for automatic publications). */
function emailFor(name: string, data: CooperativeStatusEvent | DocumentEvent | DocumentExpiredEvent | ProductEvent): Email | null {
  switch (name) {
    case CatalogEvents.COOPERATIVE_APPROVED: {
      const event = data as CooperativeStatusEvent
      return { cooperative_id: event.id, decision: event.previous_status === "suspended" ? "reinstated" : "approved", reason: null, key: event.at }
    }
    case ModerationEvents.COOPERATIVE_REJECTED:
    case CatalogEvents.COOPERATIVE_SUSPENDED: {
      const event = data as CooperativeStatusEvent
      // Before the `rejected` status existed, refusing an application suspended a pending cooperative.
      const rejected = name === ModerationEvents.COOPERATIVE_REJECTED || event.previous_status === "pending"
      return { cooperative_id: event.id, decision: rejected ? "rejected" : "suspended", reason: event.reason ?? null, key: event.at }
    }
    case CatalogEvents.DOCUMENT_REVIEWED: {
      const event = data as DocumentEvent
      return {
        cooperative_id: event.cooperative_id,
        decision: event.decision === "verify" ? "document_verified" : "document_refused",
        reason: event.reason ?? null,
        key: event.at ?? event.id,
        about: { type: "document", id: event.id },
      }
    }
    case CatalogEvents.DOCUMENT_EXPIRED: {
      const event = data as DocumentExpiredEvent
      return { cooperative_id: event.cooperative_id, decision: "document_expired", reason: null, key: event.at, about: { type: "document", id: event.id } }
    }
    case ModerationEvents.PRODUCT_REVIEWED: {
      const event = data as ProductEvent
      if (event.automatic || !event.cooperative_id) {
        return null
      }
      return {
        cooperative_id: event.cooperative_id,
        decision: event.decision === "publish" ? "product_published" : "product_rejected",
        reason: event.reason ?? null,
        key: event.at ?? event.id,
        about: { type: "product", id: event.id },
      }
    }
    default:
      return null
  }
}

/**
 * Tells a cooperative's owner each decision of the organizers: approved, application refused,
 * suspended, reinstated; a document verified, refused or expired; a product published or
 * rejected. Sent after the decision is saved, so a mail outage never undoes it.
 */
export default async function cooperativeStatusEmailHandler({ event, container }: SubscriberArgs<CooperativeStatusEvent | DocumentEvent | DocumentExpiredEvent | ProductEvent>) {
  const email = emailFor(event.name, event.data)
  if (!email) {
    return
  }
  await sendCooperativeStatusEmailWorkflow(container).run({ input: email })
}

export const config: SubscriberConfig = {
  event: [
    CatalogEvents.COOPERATIVE_APPROVED,
    ModerationEvents.COOPERATIVE_REJECTED,
    CatalogEvents.COOPERATIVE_SUSPENDED,
    CatalogEvents.DOCUMENT_REVIEWED,
    CatalogEvents.DOCUMENT_EXPIRED,
    ModerationEvents.PRODUCT_REVIEWED,
  ],
}
