import { expect, test } from "@playwright/test"
import { CardPaymentForm, orderPaymentMethod, routeStripeToLocal } from "./pages/card"
import { CartPage, CheckoutPage, OrderGroupView, Purchase, type AddressInput } from "./pages/checkout"

const STRIPE_LOCAL_URL = process.env.STRIPE_LOCAL_URL ?? ""

const AGOURAI: AddressInput = {
  first_name: "Claire",
  last_name: "Moreau",
  phone: "07 66 55 44 33",
  region: "03",
  province: "taounate",
  city: "Taounate",
  address_1: "Résidence Al Amal, appartement 4",
  postal_code: "34000",
}

test.beforeEach(async ({ page }) => {
  await routeStripeToLocal(page, STRIPE_LOCAL_URL)
})

test("in French, a customer picks the card, goes back to cash on delivery, then pays by card after all", async ({ page }) => {
  const purchase = new Purchase(page)
  const cart = new CartPage(page)
  const checkout = new CheckoutPage(page)
  const card = new CardPaymentForm(page)
  const order = new OrderGroupView(page)
  const email = `card-fr-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@tadamon.test`

  await purchase.openProduct("fr", "virgin-olive-oil-agourai")
  await purchase.addToCart(1)
  await expect(purchase.message()).toHaveAttribute("data-status", "success")
  await purchase.openProduct("fr", "rosemary-honey-thar-es-souk")
  await purchase.addToCart(2)
  await expect(purchase.cartCount()).toHaveText("3")

  await cart.open("fr")
  await cart.checkout()
  await checkout.fillContact(email, AGOURAI)
  await checkout.submitAddress()
  await checkout.chooseShipping("bassatine-agourai")
  await checkout.chooseShipping("nahlat-al-jabal")
  await checkout.submitShipping()

  // Card first: the Payment Element in French.
  await checkout.card().check()
  await checkout.submitPayment()
  await expect(checkout.step("payment").getByTestId("checkout-payment-summary")).toHaveText("Carte bancaire")
  await expect(card.element()).toHaveAttribute("aria-label", "Coordonnées de la carte")
  await expect(checkout.reviewParcels()).toHaveCount(2)
  await expect(card.placeOrderButton()).toContainText("Payer")

  // Back to cash on delivery: the usual "place order" replaces the card form.
  await page.getByTestId("checkout-edit-payment").click()
  await expect(checkout.card()).toBeChecked()
  await checkout.cashOnDelivery().check()
  await checkout.submitPayment()
  await expect(checkout.step("payment").getByTestId("checkout-payment-summary")).toHaveText("Paiement à la livraison")
  await expect(checkout.page.getByTestId("place-order")).toBeVisible()
  await expect(card.section()).toHaveCount(0)

  // And the card after all, with a fresh PaymentIntent.
  await page.getByTestId("checkout-edit-payment").click()
  await checkout.card().check()
  await checkout.submitPayment()
  const total = (await checkout.reviewTotal().innerText()).trim()
  await card.fill("5555 5555 5555 4444", "08 / 31", "321")
  await card.placeOrder()

  await expect(page).toHaveURL(/\/fr\/order\/confirmed\/[A-Z0-9-]+$/)
  await expect(order.parcels()).toHaveCount(2)
  await expect(order.parcel("bassatine-agourai").getByTestId("parcel-item")).toHaveCount(1)
  await expect(order.parcel("nahlat-al-jabal").getByTestId("parcel-item")).toHaveCount(1)
  await expect(page.getByTestId("order-total")).toHaveText(total)
  await expect(orderPaymentMethod(page)).toHaveText("Payé par carte")
  await expect(order.amountToCollect()).toHaveCount(0)
})
