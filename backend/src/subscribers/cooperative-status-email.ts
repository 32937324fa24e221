import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendCooperativeStatusEmailWorkflow } from "../workflows/cooperative/send-cooperative-status-email"

type CooperativeStatusEvent = { id: string; previous_status: string; reason?: string; at: string }

/**
 * Tells a cooperative's owner what the organizers decided: approved, application refused (a
 * pending cooperative suspended) or suspended. Sent after the decision is saved, so a mail outage
 * never undoes it.
 */
export default async function cooperativeStatusEmailHandler({ event, container }: SubscriberArgs<CooperativeStatusEvent>) {
  const { id, previous_status, reason, at } = event.data
  const decision = event.name === "cooperative.approved" ? "approved" : previous_status === "pending" ? "rejected" : "suspended"
  await sendCooperativeStatusEmailWorkflow(container).run({
    input: { cooperative_id: id, decision, reason: reason ?? null, key: at },
  })
}

export const config: SubscriberConfig = {
  event: ["cooperative.approved", "cooperative.suspended"],
}
