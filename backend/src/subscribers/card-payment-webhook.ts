import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { ProviderWebhookPayload } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, PaymentActions, PaymentWebhookEvents } from "@medusajs/framework/utils"
import { readLocalizedFieldError } from "../utils/localized-field-error"
import { completeCartAfterCardPaymentWorkflow } from "../workflows/order-group/complete-cart-after-card-payment"

type WebhookEvent = {
  provider: string
  payload: ProviderWebhookPayload["payload"] & { rawData?: unknown }
}

/**
 * Stripe's webhooks for Tadamon. Medusa's webhook route answers Stripe at once and queues the event
 * (in Redis with a separate worker, so none is lost); this handler verifies it through the provider
 * (a forged or expired signature throws and changes nothing) and, when the payment is authorized or
 * succeeded, places the order group if the browser did not.
 */
export default async function cardPaymentWebhookHandler({ event, container }: SubscriberArgs<WebhookEvent>) {
  const input = event.data
  if (input.provider !== "stripe_stripe") {
    return
  }
  // Queued events carry Buffers as { type: "Buffer", data: [...] }: the signature is over the raw bytes.
  const raw = input.payload.rawData as { type?: string; data?: number[] } | undefined
  if (raw && raw.type === "Buffer" && Array.isArray(raw.data)) {
    input.payload.rawData = Buffer.from(raw.data)
  }
  const result = await container.resolve(Modules.PAYMENT).getWebhookActionAndData(input)
  // The provider hands Medusa's generic processing "not supported" and Tadamon the real action.
  const action = (result.data as { action?: string } | undefined)?.action
  const sessionId = result.data?.session_id
  if (!sessionId || (action !== PaymentActions.AUTHORIZED && action !== PaymentActions.SUCCESSFUL)) {
    return
  }
  try {
    await completeCartAfterCardPaymentWorkflow(container).run({ input: { payment_session_id: sessionId } })
  } catch (error) {
    // The cart broke a rule since the customer paid (a price changed, a product left the store):
    // retrying cannot help. Nothing was placed or captured; the customer sees why at checkout, and
    // an authorization nobody completes lapses at Stripe.
    const refused = readLocalizedFieldError(error)
    if (!refused) {
      throw error
    }
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Card payment for session ${sessionId} not placed: ${refused.problems.map((problem) => problem.code).join(", ")}`)
  }
}

export const config: SubscriberConfig = {
  event: PaymentWebhookEvents.WebhookReceived,
  context: { subscriberId: "tadamon-card-payment-webhook" },
}
