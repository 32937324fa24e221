import { expect, test } from "@playwright/test"
import { CardPaymentForm, confirmedIntentId, isConfirmation, orderPaymentMethod, routeStripeToLocal, StripeLocal } from "./pages/card"
import { CartPage, CheckoutPage, OrderGroupView, Purchase, type AddressInput } from "./pages/checkout"

const STRIPE_LOCAL_URL = process.env.STRIPE_LOCAL_URL ?? ""

const KARIA: AddressInput = {
  first_name: "Emma",
  last_name: "Clarke",
  phone: "0661234567",
  region: "03",
  province: "taounate",
  city: "Karia Ba Mohamed",
  address_1: "12 Rue des Oliviers",
  postal_code: "34050",
}

test.beforeEach(async ({ page }) => {
  await routeStripeToLocal(page, STRIPE_LOCAL_URL)
})

test("in English, a customer abroad pays two cooperatives' parcels by card and sees them paid", async ({ page }) => {
  const purchase = new Purchase(page)
  const cart = new CartPage(page)
  const checkout = new CheckoutPage(page)
  const card = new CardPaymentForm(page)
  const order = new OrderGroupView(page)
  const email = `card-en-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@tadamon.test`

  // Stripe.js is not part of the catalog pages.
  const stripeRequests: string[] = []
  page.on("request", (request) => {
    if (request.url().includes("stripe")) {
      stripeRequests.push(request.url())
    }
  })

  await purchase.openProduct("en", "wild-thyme-bouadel")
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr")
  await purchase.addToCart(1)
  await expect(purchase.message()).toHaveAttribute("data-status", "success")
  await purchase.openProduct("en", "extra-virgin-olive-oil-karia")
  await purchase.addToCart(1)
  await expect(purchase.cartCount()).toHaveText("2")
  expect(stripeRequests).toEqual([])

  await cart.open("en")
  await cart.checkout()
  await checkout.fillContact(email, KARIA)
  await checkout.submitAddress()
  await expect(checkout.step("address")).toHaveAttribute("data-state", "done")
  await checkout.chooseShipping("aachab-bouadel")
  await checkout.chooseShipping("zitouna-karia")
  await checkout.submitShipping()

  // Card is offered beside cash on delivery, which stays the default.
  await expect(checkout.step("payment")).toHaveAttribute("data-state", "open")
  await expect(checkout.cashOnDelivery()).toBeChecked()
  await expect(checkout.card()).toBeEnabled()
  expect(stripeRequests).toEqual([])
  await checkout.card().check()
  await checkout.submitPayment()
  await expect(checkout.step("payment").getByTestId("checkout-payment-summary")).toHaveText("Bank card")

  // The last step shows the parcels and the Payment Element, in English.
  await expect(checkout.step("review")).toHaveAttribute("data-state", "open")
  await expect(checkout.reviewParcels()).toHaveCount(2)
  const total = (await checkout.reviewTotal().innerText()).trim()
  await expect(card.element()).toHaveAttribute("aria-label", "Card details")
  await expect(card.placeOrderButton()).toHaveText(`Pay ${total} and place the order`)
  await expect(checkout.page.getByTestId("place-order")).toHaveCount(0)

  await card.fill("4242 4242 4242 4242")
  const confirmation = page.waitForRequest(isConfirmation)
  await card.placeOrder()
  const intentId = confirmedIntentId(await confirmation)

  await expect(page).toHaveURL(/\/en\/order\/confirmed\/[A-Z0-9-]+$/)
  await expect(order.confirmation()).toBeVisible()
  await expect(order.parcels()).toHaveCount(2)
  await expect(order.parcel("aachab-bouadel").getByTestId("parcel-item")).toHaveCount(1)
  await expect(order.parcel("zitouna-karia").getByTestId("parcel-item")).toHaveCount(1)
  await expect(page.getByTestId("order-total")).toHaveText(total)
  await expect(orderPaymentMethod(page)).toHaveText("Paid by card")
  await expect(order.amountToCollect()).toHaveCount(0)
  await expect(purchase.cartCount()).toHaveCount(0)

  // The one PaymentIntent of the cart was captured, in full (MAD in centimes at Stripe).
  const amount = Number(total.replace(/[^\d.,]/g, "").replace(/,/g, ""))
  const stripeLocal = new StripeLocal(STRIPE_LOCAL_URL)
  await expect
    .poll(async () => (await stripeLocal.events(intentId, "payment_intent.succeeded")).map((event) => event.data.object.amount_received))
    .toEqual([Math.round(amount * 100)])
})
