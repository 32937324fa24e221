import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { PAYMENT_PROVIDERS } from "@tadamon/shared/contracts/store"
import { cache } from "react"
import { stripeJsUrl, stripePublishableKey } from "../env"
import { sdk } from "../sdk"

/** What the card form needs in the browser: nothing secret, read at run time. */
export type CardPaymentConfig = {
  publishableKey: string
  /** Stripe.js from somewhere else than js.stripe.com (the local test double); undefined for Stripe's. */
  stripeJsUrl?: string
}

/** The payment providers the region offers (`GET /store/payment-providers`), once per request. */
const regionProviders = cache(async (regionId: string): Promise<readonly string[]> => {
  const { payment_providers }: HttpTypes.StorePaymentProviderListResponse = await sdk().store.payment.listPaymentProviders({
    region_id: regionId,
  })
  return payment_providers.map((provider) => provider.id)
})

/**
 * Card payment, when the cart's region offers Stripe (`pp_stripe_stripe`) and this storefront has
 * Stripe's publishable key; null otherwise (and when the backend cannot say: cash on delivery
 * still works then).
 */
export async function getCardPayment(regionId: string | null | undefined): Promise<CardPaymentConfig | null> {
  const publishableKey = stripePublishableKey()
  if (!publishableKey || !regionId) {
    return null
  }
  const providers = await regionProviders(regionId).catch((): readonly string[] => [])
  if (!providers.includes(PAYMENT_PROVIDERS.stripe)) {
    return null
  }
  return { publishableKey, stripeJsUrl: stripeJsUrl() }
}
