"use server"

import type { HttpTypes } from "@medusajs/types"
import {
  PAYMENT_PROVIDERS,
  TERMS_METADATA_KEY,
  TERMS_VERSION,
  type CartChange,
  type StoreCompleteCartResponse,
} from "@tadamon/shared/contracts/store"
import { LOCALE_TAGS, validationMessage, type Locale } from "@tadamon/shared/i18n"
import { formatPrice } from "@tadamon/shared/money"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { clearCartId, getCartId, setOrderAccess } from "../cookies"
import { getCooperativeShipping, retrieveCart } from "../data/cart"
import { retrieveCustomer } from "../data/customer"
import { getCardPayment } from "../data/payment"
import { visitorHeaders } from "../data/store-fetch"
import { failure, fieldErrorsByInput, formLocale, formText, formValues, success, type FormState } from "../forms"
import { localePath } from "../paths"
import { sdk } from "../sdk"
import { storeSend } from "../store-send"
import { ADDRESS_INPUTS, addressPayload, REQUIRED_ADDRESS_INPUTS, requiredErrors } from "../util/address"
import { hasPaymentSession } from "../util/payment"

function checkoutPath(locale: Locale): string {
  return localePath(locale, "/checkout")
}

/** Step 1: contact email and delivery address (also the billing address). */
export async function saveCheckoutAddress(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const t = await getTranslations({ locale, namespace: "checkout" })
  const values = formValues(formData, ["email", ...ADDRESS_INPUTS])
  const cart = await retrieveCart(locale)
  if (!cart) {
    return failure(t("cartGone"))
  }

  const missing = requiredErrors(values, ["email", ...REQUIRED_ADDRESS_INPUTS], locale)
  if (Object.keys(missing).length > 0) {
    return failure(t("fixErrors"), { values, fieldErrors: missing })
  }

  const address = addressPayload((name) => values[name] ?? "")
  const result = await storeSend<HttpTypes.StoreCartResponse>(`/store/carts/${encodeURIComponent(cart.id)}`, {
    body: { email: values.email, shipping_address: address, billing_address: address, locale: LOCALE_TAGS[locale] },
    query: { fields: "id" },
    locale,
  })
  if (!result.ok) {
    if (result.errors.length > 0) {
      return failure(t("fixErrors"), { values, fieldErrors: fieldErrorsByInput(result.errors) })
    }
    if (result.status === 400 && /email/i.test(result.message)) {
      return failure(t("fixErrors"), { values, fieldErrors: { email: validationMessage("invalid_email", "email", locale) } })
    }
    return failure(t("saveError"), { values })
  }

  // Signed-in customers can keep the address for next time (best effort: the order does not depend on it).
  if (formText(formData, "save_address") === "on" && (await retrieveCustomer())) {
    await storeSend("/store/customers/me/addresses", { body: address, query: { fields: "id" }, locale })
  }
  redirect(checkoutPath(locale))
}

/** Step 2: one shipping option per cooperative in the cart. */
export async function saveCheckoutShipping(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const t = await getTranslations({ locale, namespace: "checkout" })
  const cart = await retrieveCart(locale)
  if (!cart) {
    return failure(t("cartGone"))
  }
  const { cooperatives } = await getCooperativeShipping(cart.id, locale)

  const fieldErrors: Record<string, string> = {}
  const values: Record<string, string> = {}
  const changes: string[] = []
  for (const group of cooperatives) {
    const name = `shipping_${group.cooperative.id}`
    const chosen = group.options.find((option) => option.id === formText(formData, name))
    if (!chosen) {
      fieldErrors[name] = t("chooseShipping", { cooperative: group.cooperative.name })
      continue
    }
    values[name] = chosen.id
    if (chosen.id !== group.selected_option_id) {
      changes.push(chosen.id)
    }
  }
  if (Object.keys(fieldErrors).length > 0) {
    return failure(t("fixErrors"), { fieldErrors, values })
  }

  // One at a time: Medusa locks the cart, and keeps one method per cooperative's shipping profile.
  for (const optionId of changes) {
    const result = await storeSend<HttpTypes.StoreCartResponse>(`/store/carts/${encodeURIComponent(cart.id)}/shipping-methods`, {
      body: { option_id: optionId },
      query: { fields: "id" },
      locale,
    })
    if (!result.ok) {
      return failure(result.status === 400 && result.message ? result.message : t("saveError"), { values })
    }
  }
  redirect(checkoutPath(locale))
}

/** Starts a payment session with the provider on the cart's payment collection. */
async function startPayment(cart: HttpTypes.StoreCart, providerId: string, locale: Locale): Promise<void> {
  await sdk().store.payment.initiatePaymentSession(cart, { provider_id: providerId }, { fields: "id" }, await visitorHeaders(locale))
}

/** Whether the checkout offers this payment method for the cart: cash on delivery always, card when configured. */
async function isOfferedProvider(cart: HttpTypes.StoreCart, value: string): Promise<boolean> {
  if (value === PAYMENT_PROVIDERS.cashOnDelivery) {
    return true
  }
  return value === PAYMENT_PROVIDERS.stripe && (await getCardPayment(cart.region_id)) !== null
}

/**
 * Step 3: the payment method. Choosing it starts its payment session: for cash on delivery a
 * record of what the couriers collect; for a card, one Stripe PaymentIntent for the whole cart,
 * whose client secret the card form (step 4) confirms. Switching method replaces the session
 * (Medusa deletes the other one, which cancels its PaymentIntent).
 */
export async function saveCheckoutPayment(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const t = await getTranslations({ locale, namespace: "checkout" })
  const providerId = formText(formData, "provider_id")
  const cart = await retrieveCart(locale)
  if (!cart) {
    return failure(t("cartGone"))
  }
  if (!(await isOfferedProvider(cart, providerId))) {
    return failure(t("choosePayment"), { fieldErrors: { provider_id: t("choosePayment") } })
  }
  if (!hasPaymentSession(cart, providerId)) {
    try {
      await startPayment(cart, providerId, locale)
    } catch {
      return failure(t("paymentError"))
    }
  }
  redirect(checkoutPath(locale))
}

/**
 * Places the order: the backend turns the cart into one order group with one order per
 * cooperative (and, for a card, authorizes and captures its PaymentIntent); on success the cart
 * cookie goes, the group's reference and email stay for an hour (so the confirmation page can show
 * it), and the visitor lands on the confirmation. Completing a cart twice answers the same group.
 */
async function completeCheckout(cartId: string, locale: Locale, providerId: string): Promise<FormState> {
  const t = await getTranslations({ locale, namespace: "checkout" })
  const result = await storeSend<StoreCompleteCartResponse>(`/store/carts/${encodeURIComponent(cartId)}/complete`, { locale })
  if (!result.ok) {
    // Prices or shipping changed since the customer saw the total: the cart now holds the new ones.
    // Show what changed next to the refreshed review, and let them confirm again.
    if (result.changes?.length) {
      await restartPayment(providerId, locale)
      revalidatePath(checkoutPath(locale))
      return failure([result.message, ...result.changes.map((change) => describeChange(change, locale, t))].join(" "))
    }
    // The backend names what the customer can fix in their language: a cooperative without a
    // shipping method (400), a product out of stock (409), a missing payment (400).
    if (result.errors.length > 0 && result.message) {
      return failure(result.message)
    }
    return failure(result.code === "insufficient_inventory" ? t("stockChanged") : t("placeError"))
  }
  const answer = result.data
  // A declined or unconfirmed card: Medusa's `type: "cart"` answer, its message in the visitor's language.
  if (answer.type !== "order") {
    return failure(answer.type === "cart" && answer.error?.message ? answer.error.message : t("placeError"))
  }

  const group = answer.order_group
  await setOrderAccess({ reference: group.reference, email: group.email })
  await clearCartId()
  redirect(localePath(locale, `/order/confirmed/${encodeURIComponent(group.reference)}`))
}

/**
 * The cart's refresh dropped its payment session (its amount no longer matched): start the same
 * method again for the new total, so the review step stays open beside what changed (a card's new
 * PaymentIntent is confirmed by the customer's next press). If it cannot be started, the checkout
 * opens at the payment step instead.
 */
async function restartPayment(providerId: string, locale: Locale): Promise<void> {
  const cart = await retrieveCart(locale)
  if (cart && !hasPaymentSession(cart, providerId)) {
    await startPayment(cart, providerId, locale).catch(() => undefined)
  }
}

function describeChange(change: CartChange, locale: Locale, t: Awaited<ReturnType<typeof getTranslations<"checkout">>>): string {
  const price = (amount: number | null) => (amount === null ? t("unavailable") : amount === 0 ? t("free") : formatPrice(amount, locale))
  return t("changedLine", {
    title: change.kind === "price" ? change.title : change.name,
    before: price(change.before),
    after: price(change.after),
  })
}

/**
 * The customer's acceptance of the terms of sale in force, from the review step's checkbox, recorded
 * on the cart (the backend checks the version and dates it; completion refuses a cart without it).
 * Null once recorded; the message to show otherwise.
 */
async function recordTermsAcceptance(cartId: string, formData: FormData, locale: Locale): Promise<FormState | null> {
  const t = await getTranslations({ locale, namespace: "checkout" })
  if (formText(formData, "accept_terms") !== "on") {
    return failure(t("termsRequired"))
  }
  const result = await storeSend<HttpTypes.StoreCartResponse>(`/store/carts/${encodeURIComponent(cartId)}`, {
    body: { metadata: { [TERMS_METADATA_KEY]: { version: TERMS_VERSION } } },
    query: { fields: "id" },
    locale,
  })
  if (!result.ok) {
    return failure(result.message || t("placeError"))
  }
  return null
}

/**
 * Step 4 with a card, before the browser confirms the card: the terms are accepted first, so the
 * cart can be placed by whichever comes first, the browser or Stripe's webhook.
 */
export async function acceptTermsForCard(formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const cartId = await getCartId()
  if (!cartId) {
    const t = await getTranslations({ locale, namespace: "checkout" })
    return failure(t("cartGone"))
  }
  return (await recordTermsAcceptance(cartId, formData, locale)) ?? success()
}

/** Step 4 with cash on delivery: records the acceptance of the terms, then places the order. */
export async function placeOrder(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const t = await getTranslations({ locale, namespace: "checkout" })
  const cart = await retrieveCart(locale)
  if (!cart) {
    return failure(t("cartGone"))
  }
  const refused = await recordTermsAcceptance(cart.id, formData, locale)
  if (refused) {
    return refused
  }
  // Changing the cart after choosing the payment method drops its session: start it again. Only
  // cash on delivery can be started here; a card needs the customer's confirmation first.
  const cod = PAYMENT_PROVIDERS.cashOnDelivery
  if (formText(formData, "provider_id") === cod && !hasPaymentSession(cart, cod)) {
    try {
      await startPayment(cart, cod, locale)
    } catch {
      return failure(t("paymentError"))
    }
  }
  return completeCheckout(cart.id, locale, formText(formData, "provider_id") || cod)
}

/**
 * Step 4 with a card, once the browser has confirmed the cart's PaymentIntent with Stripe.js
 * (and the card-return page after a bank's redirect): places the order, which authorizes and
 * captures the intent. The cart may already be complete (the Stripe webhook can be first): the
 * backend then answers its group. A cart still open must hold the card session.
 */
export async function placeCardOrder(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const t = await getTranslations({ locale, namespace: "checkout" })
  const cartId = await getCartId()
  if (!cartId) {
    return failure(t("cartGone"))
  }
  const cart = await retrieveCart(locale)
  if (cart && !hasPaymentSession(cart, PAYMENT_PROVIDERS.stripe)) {
    return failure(t("cardErrors.generic"))
  }
  return completeCheckout(cartId, locale, PAYMENT_PROVIDERS.stripe)
}
