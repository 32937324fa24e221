import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AuthWorkflowEvents } from "@medusajs/framework/utils"
import { emailLocale } from "../emails/locale"
import { sendPasswordResetEmailWorkflow } from "../workflows/notification/send-password-reset-email"

/** `auth.password_reset` as generateResetPasswordTokenWorkflow emits it (Medusa 2.21). */
type PasswordResetEvent = {
  /** The identifier the reset was asked for: the customer's email with emailpass. */
  entity_id: string
  actor_type: string
  token: string
  /** The request body's `metadata`; the storefront sends `{ locale }` (ar, fr, en or ar-MA…). */
  metadata?: Record<string, unknown>
}

/** Emails a customer the reset link, in the language the storefront asked in (Arabic otherwise). */
export default async function passwordResetHandler({ event, container }: SubscriberArgs<PasswordResetEvent>) {
  const { entity_id, actor_type, token, metadata } = event.data
  if (actor_type !== "customer") {
    return
  }
  await sendPasswordResetEmailWorkflow(container).run({
    input: { email: entity_id, token, locale: emailLocale(metadata?.locale) },
  })
}

export const config: SubscriberConfig = {
  event: AuthWorkflowEvents.PASSWORD_RESET,
}
