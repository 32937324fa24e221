import { randomUUID } from "node:crypto"
import { AbstractPaymentProvider, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
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

/**
 * Cash on delivery: the courier collects the amount when the parcel arrives.
 *
 * Authorizing records the amount to collect (nothing leaves the customer yet); capturing is the
 * cash confirmed by whoever holds it (the cooperative for its own delivery, organizers for Amana's
 * remittance or the solidarity store's till); cancelling voids what was never collected;
 * a refund is cash handed back. There is no remote party, so every call answers from its input.
 */
export default class CashOnDeliveryProviderService extends AbstractPaymentProvider {
  static identifier = "cod"

  // The base constructor is protected; the module loader constructs providers itself.
  constructor(cradle: Record<string, unknown>, config: Record<string, unknown> = {}) {
    super(cradle, config)
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    return {
      id: `cod_${randomUUID()}`,
      status: PaymentSessionStatus.PENDING,
      data: { amount_to_collect: Number(input.amount), currency_code: input.currency_code },
    }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return {
      status: PaymentSessionStatus.PENDING,
      data: { ...input.data, amount_to_collect: Number(input.amount), currency_code: input.currency_code },
    }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return { status: PaymentSessionStatus.AUTHORIZED, data: { ...input.data, authorized_at: new Date().toISOString() } }
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: { ...input.data, collected_at: new Date().toISOString() } }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: { ...input.data, voided_at: new Date().toISOString() } }
  }

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const refunded = Number(input.data?.refunded ?? 0) + Number(input.amount)
    return { data: { ...input.data, refunded } }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const data = input.data ?? {}
    if (data.voided_at) {
      return { status: PaymentSessionStatus.CANCELED, data }
    }
    if (data.collected_at) {
      return { status: PaymentSessionStatus.CAPTURED, data }
    }
    return { status: data.authorized_at ? PaymentSessionStatus.AUTHORIZED : PaymentSessionStatus.PENDING, data }
  }

  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}
