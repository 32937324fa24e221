import { createHmac, timingSafeEqual } from "node:crypto"
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
import { MathBN, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import type { StripeOptions } from "@medusajs/payment-stripe/dist/types"
import { getSmallestUnit } from "@medusajs/payment-stripe/dist/utils/get-smallest-unit"

export type TadamonStripeOptions = StripeOptions & {
  /** Another address for Stripe's API (e.g. http://localhost:12111, the local test double). */
  apiBase?: string
}

/**
 * What the server (never a client) passes in a payment's `context` to Tadamon's Stripe provider.
 * Medusa builds the context of a session created through the Store API itself (customer, account
 * holder); only workflows can add these keys.
 */
export type TadamonStripeContext = {
  /** Creating an order's share of the cart's PaymentIntent (this intent's id). */
  tadamon_share_of?: string
  /** Authorizing the cart's payment: what the cart owes now, in major units, and its currency. */
  tadamon_expected_amount?: number | string
  tadamon_expected_currency?: string
}

/**
 * Medusa's Stripe provider, extended in small ways and otherwise untouched:
 *
 * 1. `apiBase` points the Stripe client at another host, port and protocol (unset: Stripe itself).
 * 2. The client proposes nothing. A session's `data` is what a Store API client sent, merged with
 *    what the provider wrote: it never reaches a decision. The intent is created from the session's
 *    amount and currency alone (Medusa's manual capture, no client-chosen capture method, payment
 *    method or confirmation), and authorizing asks Stripe whether **this session's** intent (its
 *    `metadata.session_id`, written by the backend) holds an authorization for the amount and
 *    currency the cart owes now. Any other intent, amount or currency is refused.
 * 3. Order shares: one PaymentIntent pays for the whole cart; each cooperative order then holds a
 *    payment for its share of it. Only a workflow creates a share (`context.tadamon_share_of`); its
 *    data is signed with the secret key, so a client cannot make a session of its own pass for one.
 *    A share never creates an intent: its capture is recorded when the intent is captured, and its
 *    refund is a partial refund of that intent only, bounded by Medusa to the share.
 * 4. Webhooks: verified and read exactly as the stock provider does, then handed to Tadamon's own
 *    webhook workflow (see subscribers/card-payment-webhook.ts) instead of Medusa's generic one,
 *    which would complete the cart as a single order.
 */
export default class TadamonStripeProviderService extends StripeProviderService {
  static identifier = "stripe"

  private readonly shareSecret_: string

  constructor(cradle: Record<string, unknown>, options: TadamonStripeOptions) {
    super(cradle, options)
    this.shareSecret_ = `tadamon-share:${options.apiKey}`
    if (options.apiBase) {
      const base = new URL(options.apiBase)
      // The same `stripe` client package and version the provider itself depends on.
      const StripeClient = createRequire(require.resolve("@medusajs/payment-stripe"))("stripe") as new (
        apiKey: string,
        config: { host: string; port: number; protocol: "http" | "https" }
      ) => TadamonStripeProviderService["stripe_"]
      this.stripe_ = new StripeClient(options.apiKey, {
        host: base.hostname,
        port: Number(base.port || (base.protocol === "https:" ? 443 : 80)),
        protocol: base.protocol === "https:" ? "https" : "http",
      })
    }
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const sessionId = typeof input.data?.session_id === "string" ? input.data.session_id : undefined
    const context = serverContext(input.context)
    if (context.tadamon_share_of) {
      const share = this.signShare({
        share_of: context.tadamon_share_of,
        amount: Number(input.amount),
        currency: String(input.currency_code).toLowerCase(),
        session_id: sessionId ?? "",
      })
      return { id: `share_${context.tadamon_share_of}_${sessionId ?? Date.now()}`, status: PaymentSessionStatus.PENDING, data: share }
    }
    // Only the session id (Medusa's, written after the client's data) reaches Stripe; the stored data
    // keeps no client key the provider could later read as its own.
    const created = await super.initiatePayment({ ...input, data: { session_id: sessionId } })
    return { ...created, data: { ...created.data, id: created.data?.id ?? null, ...NOT_A_SHARE } }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    if (this.shareOf(input.data)) {
      return { status: PaymentSessionStatus.AUTHORIZED, data: { ...input.data, authorized_at: new Date().toISOString() } }
    }
    // A refused session keeps its own intent (so deleting the session later cancels it and releases
    // the hold on the card) and never another session's (which nothing here may ever touch).
    const refused = (reason: string, ownIntent: Record<string, unknown> | null = null): AuthorizePaymentOutput => ({
      status: PaymentSessionStatus.ERROR,
      data: { ...(ownIntent ?? { id: null }), ...NOT_A_SHARE, refused: reason },
    })
    const id = input.data?.id
    const sessionId = input.context?.idempotency_key
    const context = serverContext(input.context)
    if (typeof id !== "string" || !id.startsWith("pi_") || !sessionId) {
      return refused("no_intent")
    }
    // Medusa's own reading of the intent's status, then the checks on what it read.
    const authorized = await super.authorizePayment({ ...input, data: { id } })
    const intent = authorized.data ?? {}
    const metadata = intent.metadata && typeof intent.metadata === "object" ? (intent.metadata as Record<string, unknown>) : {}
    if (metadata.session_id !== sessionId) {
      return refused("intent_of_another_session")
    }
    const currency = context.tadamon_expected_currency?.toLowerCase()
    if (context.tadamon_expected_amount === undefined || !currency) {
      return refused("no_expected_amount", intent)
    }
    if (intent.currency !== currency || intent.amount !== getSmallestUnit(MathBN.convert(context.tadamon_expected_amount), currency)) {
      return refused("amount_or_currency_differs", intent)
    }
    return { ...authorized, data: { ...intent, ...NOT_A_SHARE } }
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    if (this.shareOf(input.data)) {
      // The whole intent is captured once, for every share, when the order group is placed.
      return { data: { ...input.data, captured_at: new Date().toISOString() } }
    }
    return super.capturePayment(input)
  }

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const shareOf = this.shareOf(input.data)
    if (shareOf) {
      await super.refundPayment({ ...input, data: { id: shareOf, currency: input.data?.currency } })
      const refunded = Number(input.data?.refunded ?? 0) + Number(input.amount)
      return { data: { ...input.data, refunded } }
    }
    return super.refundPayment(input)
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    if (this.shareOf(input.data)) {
      return { data: { ...input.data, canceled_at: new Date().toISOString() } }
    }
    try {
      return await super.cancelPayment(input)
    } catch (error) {
      // A captured intent cannot be cancelled; once refunded in full (a placement rolled back after
      // its capture), there is nothing left to void.
      const id = input.data?.id
      const intent = typeof id === "string" ? await this.stripe_.paymentIntents.retrieve(id, { expand: ["latest_charge"] }) : null
      const charge = intent?.latest_charge
      if (intent?.status === "succeeded" && charge && typeof charge === "object" && charge.amount_refunded >= intent.amount_received) {
        return { data: { ...input.data, status: intent.status, refunded_in_full: true } }
      }
      throw error
    }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    if (this.shareOf(input.data)) {
      return { data: input.data }
    }
    return super.deletePayment(input)
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    if (this.shareOf(input.data)) {
      return { status: PaymentSessionStatus.PENDING, data: input.data }
    }
    return super.updatePayment(input)
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    if (this.shareOf(input.data)) {
      return { data: input.data }
    }
    return super.retrievePayment(input)
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    if (this.shareOf(input.data)) {
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

  private signature(share: Omit<ShareData, "share_sig">): string {
    return createHmac("sha256", this.shareSecret_)
      .update([share.share_of, share.amount.toFixed(4), share.currency, share.session_id].join("|"))
      .digest("hex")
  }

  private signShare(share: Omit<ShareData, "share_sig">): ShareData {
    return { ...share, share_sig: this.signature(share) }
  }

  /** The intent a share belongs to, when `data` is a share this provider signed; otherwise null. */
  private shareOf(data: Record<string, unknown> | undefined): string | null {
    const { share_of, amount, currency, session_id, share_sig } = data ?? {}
    if (
      typeof share_of !== "string" ||
      typeof amount !== "number" ||
      typeof currency !== "string" ||
      typeof session_id !== "string" ||
      typeof share_sig !== "string"
    ) {
      return null
    }
    const expected = Buffer.from(this.signature({ share_of, amount, currency, session_id }), "hex")
    const given = Buffer.from(share_sig, "hex")
    return expected.length === given.length && timingSafeEqual(expected, given) ? share_of : null
  }
}

type ShareData = { share_of: string; amount: number; currency: string; session_id: string; share_sig: string }

/** Written over any client key of the same name when a session is not a share. */
const NOT_A_SHARE = { share_of: null, share_sig: null }

function serverContext(context: unknown): TadamonStripeContext {
  return context && typeof context === "object" ? context : {}
}
