import type { Locator, Page, Request, Route } from "@playwright/test"

/** Stripe's hosts: Stripe.js (js.stripe.com) and its API (api.stripe.com), plus telemetry hosts. */
const STRIPE_HOSTS = /^https:\/\/([a-z0-9-]+\.)*stripe\.(com|network)\//

/**
 * Sends the browser's Stripe traffic to the local test double (`stripeLocalUrl`, e.g.
 * http://127.0.0.1:12111): the browser here cannot reach Stripe. `@stripe/stripe-js` loads
 * `https://js.stripe.com/<release>/stripe.js`; the double serves its stand-in at the same path.
 * The stand-in calls the API at its own script's origin (`https://js.stripe.com/v1/…` here), so
 * that origin goes to the double too, path and query kept; so does `api.stripe.com`. Other Stripe
 * hosts (telemetry) are refused. No assertions.
 */
export async function routeStripeToLocal(page: Page, stripeLocalUrl: string) {
  const base = stripeLocalUrl.replace(/\/+$/, "")
  await page.route(STRIPE_HOSTS, async (route: Route) => {
    const url = new URL(route.request().url())
    if (url.hostname !== "js.stripe.com" && url.hostname !== "api.stripe.com") {
      await route.abort()
      return
    }
    const response = await route.fetch({ url: `${base}${url.pathname}${url.search}` })
    await route.fulfill({ response })
  })
}

/** The test double's control API (`/_local`). No assertions. */
export class StripeLocal {
  constructor(readonly url: string) {}

  /** Events about one object, oldest first (`GET /_local/events`). */
  async events(objectId: string, type?: string): Promise<Array<{ type: string; data: { object: Record<string, unknown> } }>> {
    const query = new URLSearchParams({ object_id: objectId, ...(type ? { type } : {}) })
    const response = await fetch(`${this.url.replace(/\/+$/, "")}/_local/events?${query}`)
    const body = (await response.json()) as { data?: unknown } | unknown[]
    return (Array.isArray(body) ? body : Array.isArray(body.data) ? body.data : []) as Array<{
      type: string
      data: { object: Record<string, unknown> }
    }>
  }
}

/** Whether a request confirms a PaymentIntent from the browser (its id is in the path). */
export function isConfirmation(request: Request): boolean {
  return request.method() === "POST" && /\/v1\/payment_intents\/pi_[^/]+\/confirm$/.test(new URL(request.url()).pathname)
}

/** The PaymentIntent id of a confirmation request. */
export function confirmedIntentId(request: Request): string {
  return new URL(request.url()).pathname.split("/")[3]
}

/** The card form of the checkout's last step (Stripe's Payment Element, here the double's stand-in). No assertions. */
export class CardPaymentForm {
  constructor(readonly page: Page) {}

  section(): Locator {
    return this.page.getByTestId("card-payment")
  }

  /** The Payment Element's card group (the stand-in's `role=group`, labelled in the page's language). */
  element(): Locator {
    return this.page.getByTestId("stripe-payment-element")
  }

  number(): Locator {
    return this.page.getByTestId("stripe-card-number")
  }

  expiry(): Locator {
    return this.page.getByTestId("stripe-card-expiry")
  }

  cvc(): Locator {
    return this.page.getByTestId("stripe-card-cvc")
  }

  async fill(number: string, expiry = "12 / 34", cvc = "123") {
    await this.number().fill(number)
    await this.expiry().fill(expiry)
    await this.cvc().fill(cvc)
  }

  placeOrderButton(): Locator {
    return this.page.getByTestId("card-place-order")
  }

  /** Accepts the terms of sale in the card form and pays. */
  async placeOrder() {
    await this.page.getByTestId("card-payment-form").getByTestId("accept-terms").check()
    await this.placeOrderButton().click()
  }

  /** The storefront's message under the card form (a declined card, a failed order). */
  message(): Locator {
    return this.page.getByTestId("card-payment-message")
  }
}

/** The payment method line of an order group (confirmation, lookup, account). No assertions. */
export function orderPaymentMethod(page: Page): Locator {
  return page.getByTestId("order-payment-method")
}
