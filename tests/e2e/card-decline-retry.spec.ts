import { expect, test } from "@playwright/test"
import { CardPaymentForm, confirmedIntentId, isConfirmation, orderPaymentMethod, routeStripeToLocal } from "./pages/card"
import { CartPage, CheckoutPage, OrderGroupView, Purchase, type AddressInput } from "./pages/checkout"

const STRIPE_LOCAL_URL = process.env.STRIPE_LOCAL_URL ?? ""

const TAOUNATE: AddressInput = {
  first_name: "سلمى",
  last_name: "بناني",
  phone: "0677889900",
  region: "03",
  province: "taounate",
  city: "تاونات",
  address_1: "زنقة الزيتون، رقم 8",
}

test.beforeEach(async ({ page }) => {
  await routeStripeToLocal(page, STRIPE_LOCAL_URL)
})

test("in Arabic, a declined card is explained, the cart stays, and another card pays the same PaymentIntent", async ({ page }) => {
  const purchase = new Purchase(page)
  const cart = new CartPage(page)
  const checkout = new CheckoutPage(page)
  const card = new CardPaymentForm(page)
  const order = new OrderGroupView(page)
  const email = `card-ar-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@tadamon.test`

  await purchase.openProduct("ar", "salt-cured-black-olives-karia")
  await purchase.addToCart(2)
  await expect(purchase.message()).toHaveAttribute("data-status", "success")
  await expect(purchase.cartCount()).toHaveText("2")

  await cart.open("ar")
  await cart.checkout()
  await checkout.fillContact(email, TAOUNATE)
  await checkout.submitAddress()
  await checkout.chooseShipping("zitouna-karia")
  await checkout.submitShipping()
  await checkout.card().check()
  await checkout.submitPayment()

  // The Payment Element follows the page: Arabic, right to left.
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl")
  await expect(card.element()).toHaveAttribute("aria-label", "بيانات البطاقة")
  await expect(card.element()).toHaveAttribute("dir", "rtl")
  const total = (await checkout.reviewTotal().innerText()).trim()

  // A declined card: the message in Arabic, nothing placed, the cart as it was.
  await card.fill("4000 0000 0000 0002")
  const declined = page.waitForRequest(isConfirmation)
  await card.placeOrder()
  const intentId = confirmedIntentId(await declined)
  await expect(card.message()).toHaveText("رُفضت بطاقتك. جرّب بطاقة أخرى أو اختر الدفع عند الاستلام؛ سلتك محفوظة.")
  await expect(page).toHaveURL(/\/ar\/checkout$/)
  await expect(purchase.cartCount()).toHaveText("2")
  await expect(card.placeOrderButton()).toBeEnabled()

  // Still there after a reload: same step, same total.
  await page.reload()
  await expect(checkout.step("review")).toHaveAttribute("data-state", "open")
  await expect(checkout.reviewTotal()).toHaveText(total)
  await expect(card.message()).toBeHidden()

  // Another card confirms the same PaymentIntent and places the order.
  await card.fill("4242 4242 4242 4242")
  const accepted = page.waitForRequest(isConfirmation)
  await card.placeOrder()
  expect(confirmedIntentId(await accepted)).toBe(intentId)
  await expect(page).toHaveURL(/\/ar\/order\/confirmed\/[A-Z0-9-]+$/)
  await expect(order.parcels()).toHaveCount(1)
  await expect(order.parcel("zitouna-karia").getByTestId("parcel-item")).toHaveCount(1)
  await expect(page.getByTestId("order-total")).toHaveText(total)
  await expect(orderPaymentMethod(page)).toHaveText("مدفوع بالبطاقة")
})
