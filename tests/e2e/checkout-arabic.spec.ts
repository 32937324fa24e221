import { expect, test } from "@playwright/test"
import { AccountPages, uniqueCustomer } from "./pages/account"
import { CartPage, CheckoutPage, OrderGroupView, Purchase, type AddressInput } from "./pages/checkout"

const TAOUNATE: AddressInput = {
  first_name: "فاطمة",
  last_name: "الإدريسي",
  phone: "0612345678",
  region: "03",
  province: "taounate",
  city: "تاونات",
  address_1: "حي النصر، زنقة 4، رقم 12",
}

test("in Arabic, a visitor fills a cart from two cooperatives, signs up at checkout and pays on delivery", async ({ page }) => {
  const purchase = new Purchase(page)
  const cart = new CartPage(page)
  const checkout = new CheckoutPage(page)
  const account = new AccountPages(page)
  const order = new OrderGroupView(page)
  const customer = uniqueCustomer("فاطمة", "الإدريسي")

  // Two products from two cooperatives of Taounate.
  await purchase.openProduct("ar", "thyme-honey-ghafsai")
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl")
  await purchase.addToCart(2)
  await expect(purchase.message()).toHaveAttribute("data-status", "success")
  await expect(purchase.cartCount()).toHaveText("2")

  await purchase.openProduct("ar", "dried-figs-nabout-tissa")
  await purchase.addToCart(1)
  await expect(purchase.message()).toHaveAttribute("data-status", "success")
  await expect(purchase.cartCount()).toHaveText("3")

  // The cart keeps them across a reload, one block per cooperative.
  await purchase.cartLink().click()
  await expect(page).toHaveURL(/\/ar\/cart$/)
  await page.reload()
  await expect(cart.groups()).toHaveCount(2)
  await expect(cart.group("nahl-ouergha").getByTestId("cart-line")).toHaveCount(1)
  await expect(cart.group("nisaa-tissa").getByTestId("cart-line")).toHaveCount(1)

  // Sign up from the checkout and come back to it with the same cart.
  await cart.checkout()
  await expect(page).toHaveURL(/\/ar\/checkout$/)
  await checkout.registerLink().click()
  await expect(page).toHaveURL(/\/ar\/account\/register\?next=/)
  await account.register(customer)
  await expect(page).toHaveURL(/\/ar\/checkout$/)
  await expect(purchase.cartCount()).toHaveText("3")
  await expect(checkout.input("email")).toHaveValue(customer.email)

  // The backend's field errors show next to the field, in Arabic.
  await checkout.fillContact(customer.email, { ...TAOUNATE, phone: "0512" })
  await checkout.submitAddress()
  await expect(checkout.fieldError("phone")).toContainText(/[\u0600-\u06FF]/)
  await expect(checkout.input("city")).toHaveValue(TAOUNATE.city)

  await checkout.input("phone").fill(TAOUNATE.phone)
  await checkout.submitAddress()
  await expect(checkout.step("address")).toHaveAttribute("data-state", "done")

  // One shipping choice per cooperative.
  await expect(checkout.step("shipping")).toHaveAttribute("data-state", "open")
  await expect(checkout.shippingGroup("nahl-ouergha")).toBeVisible()
  await expect(checkout.shippingGroup("nisaa-tissa")).toBeVisible()
  await checkout.chooseShipping("nahl-ouergha")
  await checkout.chooseShipping("nisaa-tissa")
  await checkout.submitShipping()
  await expect(checkout.step("shipping")).toHaveAttribute("data-state", "done")

  // Cash on delivery is the default; card is offered beside it.
  await expect(checkout.cashOnDelivery()).toBeChecked()
  await expect(checkout.card()).not.toBeChecked()
  await checkout.submitPayment()
  await expect(checkout.step("review")).toHaveAttribute("data-state", "open")
  await expect(checkout.reviewParcels()).toHaveCount(2)
  const total = (await checkout.reviewTotal().innerText()).trim()

  await checkout.placeOrder()
  await expect(page).toHaveURL(/\/ar\/order\/confirmed\/[A-Z0-9-]+$/)
  await expect(order.confirmation()).toBeVisible()
  const reference = (await order.reference().innerText()).trim()
  expect(page.url()).toContain(reference)
  await expect(order.parcels()).toHaveCount(2)
  await expect(order.parcel("nahl-ouergha").getByTestId("parcel-item")).toHaveCount(1)
  await expect(order.parcel("nisaa-tissa").getByTestId("parcel-item")).toHaveCount(1)
  await expect(order.amountToCollect()).toHaveText(total)
  await expect(order.amountToCollect()).toContainText("د.م.")

  // The cart is gone; the order is in the account, one order per cooperative.
  await expect(purchase.cartCount()).toHaveCount(0)
  await account.accountLink().click()
  await account.navLink("orders").click()
  await expect(page).toHaveURL(/\/ar\/account\/orders$/)
  const group = account.orderGroup(reference)
  await expect(group).toBeVisible()
  await expect(group.getByTestId("order-group-order")).toHaveCount(2)
  await group.getByTestId("order-group-link").click()
  await expect(page).toHaveURL(new RegExp(`/ar/account/orders/${reference}$`))
  await expect(order.parcels()).toHaveCount(2)
  await expect(order.parcels().first().getByTestId("parcel-status")).toBeVisible()
})
