import { createHash } from "node:crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SendNotificationsStepInput } from "@medusajs/medusa/core-flows"
import type { Locale } from "@tadamon/shared"
import { renderPasswordResetEmail } from "../../../emails/password-reset"
import { EMAIL_CHANNEL, storefrontUrl } from "../storefront-url"

export const PASSWORD_RESET_TEMPLATE = "customer-password-reset"

/** Medusa's reset tokens live 15 minutes (generateResetPasswordTokenWorkflow in core-flows). */
export const RESET_TOKEN_VALID_MINUTES = 15

export type PasswordResetEmailStepInput = { email: string; token: string; locale: Locale }

/**
 * The reset email in the requested language. The token stays out of the stored notification
 * (`data` holds only the language); its hash makes the idempotency key, so a redelivered event
 * sends nothing new while every new request gets its email.
 */
export const renderPasswordResetEmailStep = createStep(
  "render-password-reset-email",
  async (input: PasswordResetEmailStepInput, { container }) => {
    const notifications: SendNotificationsStepInput = [
      {
        to: input.email,
        channel: EMAIL_CHANNEL,
        template: PASSWORD_RESET_TEMPLATE,
        content: renderPasswordResetEmail({ ...input, validMinutes: RESET_TOKEN_VALID_MINUTES }, storefrontUrl(container)),
        data: { locale: input.locale },
        trigger_type: "auth.password_reset",
        resource_type: "auth_identity",
        idempotency_key: `${PASSWORD_RESET_TEMPLATE}:${createHash("sha256").update(input.token).digest("hex")}`,
      },
    ]
    return new StepResponse(notifications)
  }
)
