import { expect, test } from "@playwright/test"
import { AccountPages, uniqueCustomer } from "./pages/account"
import { CartPage, CheckoutPage, OrderGroupView, Purchase, type AddressInput } from "./pages/checkout"

const TAOUNATE: AddressInput = {
  first_name: "Youssef",
  last_name: "Benali",
  phone: "07 11 22 33 44",
  region: "03",
  province: "taounate",
  city: "Taounate",
  address_1: "Avenue Mohammed V, n° 27",
  postal_code: "34000",
}

test("in French, a customer signs up, meets a stock limit in the cart, checks out two cooperatives' parcels on delivery", async ({ page }) => {
  const purchase = new Purchase(page)
  const cart = new CartPage(page)
  const checkout = new CheckoutPage(page)
  const account = new AccountPages(page)
  const order = new OrderGroupView(page)
  const customer = uniqueCustomer("Youssef", "Benali")

  // Sign up first, from the header.
  await page.goto("/fr")
  await account.accountLink().click()
  await expect(page).toHaveURL(/\/fr\/account\/login$/)
  await account.registerLink().click()
  await account.register(customer)
  await expect(page).toHaveURL(/\/fr\/account$/)
  await expect(account.greeting()).toContainText(customer.first_name)

  // The 1 kg thyme honey is the scarcest variant of the demo data (3 jars); nobody buys it, so
  // the journey can run again on the same database.
  await purchase.openProduct("fr", "thyme-honey-ghafsai")
  await purchase.variantOption("1 kg").click()
  await expect(purchase.variantOption("1 kg")).toHaveAttribute("aria-current", "true")
  await purchase.addToCart(1)
  await expect(purchase.message()).toHaveAttribute("data-status", "success")
  await purchase.variantOption("250 g").click()
  await expect(purchase.variantOption("250 g")).toHaveAttribute("aria-current", "true")
  await purchase.addToCart(1)
  await expect(purchase.message()).toHaveAttribute("data-status", "success")
  await purchase.openProduct("fr", "beldi-almonds-ain-aicha")
  await purchase.addToCart(2)
  await expect(purchase.message()).toHaveAttribute("data-status", "success")
  await expect(purchase.cartCount()).toHaveText("4")

  // In the cart, Medusa's stock refusal is explained, lines are removed and quantities change.
  await cart.open("fr")
  await expect(cart.groups()).toHaveCount(2)
  const jar = cart.group("nahl-ouergha").getByTestId("cart-line").filter({ hasText: "1 kg" })
  await cart.setQuantity(jar, 9)
  await expect(cart.lineMessage(jar)).toHaveAttribute("data-status", "error")
  await expect(cart.lineMessage(jar)).toContainText("Plus que 3 en stock")
  await expect(purchase.cartCount()).toHaveText("4")
  await cart.remove(jar)
  await expect(jar).toHaveCount(0)
  await expect(cart.group("nahl-ouergha").getByTestId("cart-line")).toHaveCount(1)
  await expect(purchase.cartCount()).toHaveText("3")
  const almonds = cart.group("khayrat-ain-aicha").getByTestId("cart-line")
  await cart.setQuantity(almonds, 1)
  await expect(purchase.cartCount()).toHaveText("2")

  await cart.checkout()
  await expect(page).toHaveURL(/\/fr\/checkout$/)
  await expect(checkout.registerLink()).toHaveCount(0)
  await checkout.fillContact(customer.email, TAOUNATE)
  await checkout.submitAddress()
  await expect(checkout.step("address")).toHaveAttribute("data-state", "done")

  await checkout.chooseShipping("nahl-ouergha")
  await checkout.chooseShipping("khayrat-ain-aicha", 1)
  await checkout.submitShipping()
  await expect(checkout.step("payment")).toHaveAttribute("data-state", "open")
  await checkout.submitPayment()
  await expect(checkout.reviewParcels()).toHaveCount(2)
  const total = (await checkout.reviewTotal().innerText()).trim()

  // The terms of sale: a reminder, a link to them, and a box to tick before anything is placed.
  await expect(checkout.termsCheckbox()).not.toBeChecked()
  const termsLink = page.getByTestId("place-order-form").getByRole("link", { name: "conditions générales de vente" })
  await expect(termsLink).toHaveAttribute("href", "/fr/legal/terms")
  await expect(page.getByTestId("place-order-form")).toContainText("7 jours")
  await checkout.pressPlaceOrder()
  await expect(page).toHaveURL(/\/fr\/checkout$/)
  expect(await checkout.termsCheckbox().evaluate((box: HTMLInputElement) => box.validity.valueMissing)).toBe(true)
  await checkout.placeOrder()

  await expect(page).toHaveURL(/\/fr\/order\/confirmed\/[A-Z0-9-]+$/)
  const reference = (await order.reference().innerText()).trim()
  await expect(order.parcels()).toHaveCount(2)
  await expect(order.amountToCollect()).toHaveText(total)
  await expect(order.amountToCollect()).toContainText("MAD")
  await expect(order.parcel("khayrat-ain-aicha").getByTestId("parcel-shipping")).toBeVisible()

  // The account lists the group, and the address was kept for next time.
  await page.goto("/fr/account/orders")
  await expect(account.orderGroup(reference).getByTestId("order-group-order")).toHaveCount(2)
  await account.navLink("addresses").click()
  await expect(account.addressCards()).toHaveCount(1)
  await expect(account.addressCards().first()).toContainText("Taounate")
})
