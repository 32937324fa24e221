import { expect, test } from "@playwright/test"
import { CartPage, CheckoutPage, OrderGroupView, OrderLookupPage, Purchase } from "./pages/checkout"

test("a guest orders without an account, then finds the order by reference and email in another browser", async ({ page, browser }) => {
  const purchase = new Purchase(page)
  const cart = new CartPage(page)
  const checkout = new CheckoutPage(page)
  const order = new OrderGroupView(page)
  const email = `guest-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@tadamon.test`

  await purchase.openProduct("fr", "wildflower-honey-ghafsai")
  await purchase.addToCart(1)
  await expect(purchase.message()).toHaveAttribute("data-status", "success")
  await purchase.openProduct("fr", "dried-figs-nabout-tissa")
  await purchase.addToCart(1)
  await expect(purchase.cartCount()).toHaveText("2")

  await cart.open("fr")
  await cart.checkout()
  await checkout.fillContact(email, {
    first_name: "Khadija",
    last_name: "Amrani",
    phone: "0698765432",
    region: "03",
    province: "taounate",
    city: "Ghafsai",
    address_1: "Douar Ain Mediouna",
  })
  await checkout.submitAddress()
  await checkout.chooseShipping("nahl-ouergha")
  await checkout.chooseShipping("nisaa-tissa")
  await checkout.submitShipping()
  await checkout.submitPayment()
  await checkout.placeOrder()
  await expect(page).toHaveURL(/\/fr\/order\/confirmed\//)
  const reference = (await order.reference().innerText()).trim()
  await expect(order.parcels()).toHaveCount(2)

  // Another browser: the confirmation URL alone shows nothing; the lookup needs the email too.
  const other = await browser.newContext()
  const otherPage = await other.newPage()
  const otherOrder = new OrderGroupView(otherPage)
  const lookup = new OrderLookupPage(otherPage)
  await otherPage.goto(`/fr/order/confirmed/${reference}`)
  await expect(otherOrder.unavailable()).toBeVisible()

  await lookup.open("fr")
  await lookup.lookUp(reference, "someone-else@tadamon.test")
  await expect(lookup.message()).toHaveAttribute("data-status", "error")
  await expect(lookup.message()).toContainText("Aucune commande")

  await lookup.lookUp(reference.toLowerCase(), email)
  await expect(otherPage).toHaveURL(new RegExp(`/fr/order/lookup\\?reference=${reference}$`))
  await expect(otherOrder.reference()).toHaveText(reference)
  await expect(otherOrder.parcels()).toHaveCount(2)
  expect(otherPage.url()).not.toContain(encodeURIComponent(email))
  await other.close()
})
