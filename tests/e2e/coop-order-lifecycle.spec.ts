import { expect, test } from "@playwright/test"
import { AccountPages, uniqueCustomer } from "./pages/account"
import { CartPage, CheckoutPage, OrderGroupView, Purchase, type AddressInput } from "./pages/checkout"
import { CoopPortal, CoopPublicPages, uniqueSuffix } from "./pages/coop"
import { createApprovedCooperative, createPublishedProduct } from "./pages/coop-setup"

const FES: AddressInput = {
  first_name: "Salma",
  last_name: "Idrissi",
  phone: "06 61 22 33 44",
  region: "03",
  province: "fes",
  city: "Fès",
  address_1: "12 rue Talaa Kebira",
  postal_code: "30000",
}

test("a customer's order reaches the cooperative, which accepts, prepares and ships it; the customer sees it shipped; the cooperative declares the cash Amana collected", async ({ browser, page, request }) => {
  test.setTimeout(120_000)
  const cooperative = await createApprovedCooperative(request, "Nasij")
  const title = `Coussin brodé ${uniqueSuffix()}`
  const product = await createPublishedProduct(request, cooperative, { title, price: 180, stock: 10 })

  // The customer, in French, signs up and orders the cushion, paying on delivery.
  const purchase = new Purchase(page)
  const cart = new CartPage(page)
  const checkout = new CheckoutPage(page)
  const account = new AccountPages(page)
  const order = new OrderGroupView(page)
  const customer = uniqueCustomer("Salma", "Idrissi")
  await page.goto("/fr/account/register")
  await account.register(customer)
  await expect(page).toHaveURL(/\/fr\/account$/)
  await purchase.openProduct("fr", product.handle)
  await purchase.addToCart(1)
  await expect(purchase.message()).toHaveAttribute("data-status", "success")
  await cart.open("fr")
  await cart.checkout()
  await checkout.fillContact(customer.email, FES)
  await checkout.submitAddress()
  await expect(checkout.step("address")).toHaveAttribute("data-state", "done")
  await checkout.chooseShipping(cooperative.cooperative.handle)
  await checkout.submitShipping()
  await expect(checkout.step("payment")).toHaveAttribute("data-state", "open")
  await checkout.cashOnDelivery().check()
  await checkout.submitPayment()
  await checkout.placeOrder()
  await expect(page).toHaveURL(/\/fr\/order\/confirmed\/[A-Z0-9-]+$/)
  const reference = (await order.reference().innerText()).trim()

  // The cooperative, in Arabic on its own phone, finds the order waiting to be accepted.
  const coopContext = await browser.newContext({ locale: "ar-MA" })
  const coopPage = await coopContext.newPage()
  const portal = new CoopPortal(coopPage)
  await new CoopPublicPages(coopPage).signIn("ar", cooperative.email, cooperative.password)
  await expect(coopPage).toHaveURL(/\/ar\/coop\/dashboard$/)
  await expect(portal.todo("to-accept")).toHaveAttribute("data-count", "1")
  await portal.openOrders("ar", "to_accept")
  const row = portal.orderByReference(reference)
  await expect(row).toContainText("Salma")
  await portal.openOrder(row)
  await expect(portal.orderProgress()).toHaveAttribute("data-status", "placed")
  await expect(portal.customerPhone()).toBeVisible()
  await expect(portal.amountToCollect()).toBeVisible()

  await portal.orderAction("accept").click()
  await expect(portal.orderProgress()).toHaveAttribute("data-status", "accepted")
  await portal.orderAction("prepare").click()
  await expect(portal.orderProgress()).toHaveAttribute("data-status", "prepared")
  await portal.ship("Amana", "RR123456789MA")
  await expect(portal.orderProgress()).toHaveAttribute("data-status", "shipped")
  await expect(portal.tracking()).toContainText("RR123456789MA")

  // The customer's account shows the parcel on its way.
  await page.goto(`/fr/account/orders/${reference}`)
  await expect(order.parcel(cooperative.cooperative.handle).getByTestId("parcel-status")).toHaveAttribute("data-status", "shipped")
  await expect(order.parcel(cooperative.cooperative.handle).getByTestId("parcel-tracking")).toContainText("Amana")
  await expect(order.parcel(cooperative.cooperative.handle).getByTestId("parcel-tracking")).toContainText("RR123456789MA")

  // Delivered, then the courier's cash declared collected: Amana holds it until it remits it to
  // Tadamon, so the order waits for that remittance (organizers confirm it).
  await portal.orderAction("deliver").click()
  await expect(portal.orderProgress()).toHaveAttribute("data-status", "delivered")
  await expect(portal.cashHolder()).toHaveAttribute("data-holder", "carrier")
  await portal.orderAction("cash-collected").click()
  await expect(portal.orderPayment()).toHaveAttribute("data-status", "awaiting_remittance")
  await expect(portal.orderAction("cash-collected")).toHaveCount(0)
  await coopContext.close()
})
