import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AuthWorkflowEvents } from "@medusajs/framework/utils"
import { emailLocale } from "../emails/locale"
import { sendMemberPasswordResetEmailWorkflow } from "../workflows/onboarding/send-member-password-reset-email"
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

/**
 * Emails the reset link, in the language the storefront asked in: a customer to the account's
 * reset page, a cooperative member to the portal's (their own or their cooperative's language
 * when the request names none).
 */
export default async function passwordResetHandler({ event, container }: SubscriberArgs<PasswordResetEvent>) {
  const { entity_id, actor_type, token, metadata } = event.data
  if (actor_type === "member") {
    const asked = metadata?.locale
    await sendMemberPasswordResetEmailWorkflow(container).run({
      input: { email: entity_id, token, locale: typeof asked === "string" && asked ? emailLocale(asked) : null },
    })
    return
  }
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
