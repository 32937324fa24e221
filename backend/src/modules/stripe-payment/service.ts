import { createRequire } from "node:module"
import StripeProviderService from "@medusajs/payment-stripe/dist/services/stripe-provider"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import type { StripeOptions } from "@medusajs/payment-stripe/dist/types"

export type TadamonStripeOptions = StripeOptions & {
  /** Another address for Stripe's API (e.g. http://localhost:12111, the local test double). */
  apiBase?: string
}

/**
 * Medusa's Stripe provider, extended in three small ways and otherwise untouched:
 *
 * 1. `apiBase` points the Stripe client at another host, port and protocol (unset: Stripe itself).
 * 2. Order shares: one PaymentIntent pays for the whole cart; each cooperative order then holds a
 *    payment for its share of it (session data `{ share_of: <payment intent id> }`). A share never
 *    creates an intent of its own: its capture is recorded when the intent is captured, and its
 *    refund is a partial refund of the intent, bounded by Medusa to that share.
 * 3. Webhooks: verified and read exactly as the stock provider does, then handed to Tadamon's own
 *    webhook workflow (see subscribers/card-payment-webhook.ts) instead of Medusa's generic one,
 *    which would complete the cart as a single order.
 */
export default class TadamonStripeProviderService extends StripeProviderService {
  static identifier = "stripe"

  constructor(cradle: Record<string, unknown>, options: TadamonStripeOptions) {
    super(cradle, options)
    if (options.apiBase) {
      const base = new URL(options.apiBase)
      // The same `stripe` client package and version the provider itself depends on.
      const stock = this.stripe_
      const StripeClient = createRequire(require.resolve("@medusajs/payment-stripe"))("stripe") as new (
        apiKey: string,
        config: { host: string; port: number; protocol: "http" | "https" }
      ) => typeof stock
      this.stripe_ = new StripeClient(options.apiKey, {
        host: base.hostname,
        port: Number(base.port || (base.protocol === "https:" ? 443 : 80)),
        protocol: base.protocol === "https:" ? "https" : "http",
      })
    }
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const shareOf = shareOfIntent(input.data)
    if (shareOf) {
      return {
        id: `share_${shareOf}_${input.data?.session_id ?? Date.now()}`,
        status: PaymentSessionStatus.PENDING,
        data: { share_of: shareOf, amount: Number(input.amount), currency: input.currency_code },
      }
    }
    return super.initiatePayment(input)
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    if (shareOfIntent(input.data)) {
      return { status: PaymentSessionStatus.AUTHORIZED, data: { ...input.data, authorized_at: new Date().toISOString() } }
    }
    return super.authorizePayment(input)
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    if (shareOfIntent(input.data)) {
      // The whole intent is captured once, for every share, when the order group is placed.
      return { data: { ...input.data, captured_at: new Date().toISOString() } }
    }
    return super.capturePayment(input)
  }

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const shareOf = shareOfIntent(input.data)
    if (shareOf) {
      await super.refundPayment({ ...input, data: { id: shareOf, currency: input.data?.currency } })
      const refunded = Number(input.data?.refunded ?? 0) + Number(input.amount)
      return { data: { ...input.data, refunded } }
    }
    return super.refundPayment(input)
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    if (shareOfIntent(input.data)) {
      return { data: { ...input.data, canceled_at: new Date().toISOString() } }
    }
    return super.cancelPayment(input)
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    if (shareOfIntent(input.data)) {
      return { data: input.data }
    }
    return super.deletePayment(input)
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    if (shareOfIntent(input.data)) {
      return { status: PaymentSessionStatus.PENDING, data: { ...input.data, amount: Number(input.amount) } }
    }
    return super.updatePayment(input)
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    if (shareOfIntent(input.data)) {
      return { data: input.data }
    }
    return super.retrievePayment(input)
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    if (shareOfIntent(input.data)) {
      const data = input.data ?? {}
      const status = data.canceled_at
        ? PaymentSessionStatus.CANCELED
        : data.captured_at
          ? PaymentSessionStatus.CAPTURED
          : data.authorized_at
            ? PaymentSessionStatus.AUTHORIZED
            : PaymentSessionStatus.PENDING
      return { status, data }
    }
    return super.getPaymentStatus(input)
  }

  /**
   * Verifies and reads the event like the stock provider (a forged or expired signature throws),
   * then answers "not supported" to Medusa's generic processing, carrying the real action for
   * Tadamon's webhook workflow in `data.action`.
   */
  async getWebhookActionAndData(payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    const result = await super.getWebhookActionAndData(payload)
    if (!result.data?.session_id) {
      return result
    }
    return {
      action: PaymentActions.NOT_SUPPORTED,
      data: { ...result.data, action: result.action },
    } as WebhookActionResult
  }
}

function shareOfIntent(data: Record<string, unknown> | undefined): string | null {
  return typeof data?.share_of === "string" ? data.share_of : null
}
