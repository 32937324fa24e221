import { expect, test } from "@playwright/test"
import { AccountPages, uniqueCustomer } from "./pages/account"
import { CartPage, CheckoutPage, OrderGroupView, Purchase, type AddressInput } from "./pages/checkout"
import { CoopPortal, CoopPublicPages, uniqueSuffix } from "./pages/coop"
import { createApprovedCooperative, createPublishedProduct } from "./pages/coop-setup"
import { ReviewPages } from "./pages/reviews"

const TAOUNATE: AddressInput = {
  first_name: "فاطمة",
  last_name: "الإدريسي",
  phone: "0612345678",
  region: "03",
  province: "taounate",
  city: "تاونات",
  address_1: "حي النصر، زنقة 4، رقم 12",
}

test("in Arabic, a customer reviews a delivered product with stars; the product page shows it and its average; the cooperative answers from the portal", async ({ browser, page, request }) => {
  test.setTimeout(150_000)
  const cooperative = await createApprovedCooperative(request, "Nahl")
  const title = `عسل الزعتر ${uniqueSuffix()}`
  const product = await createPublishedProduct(request, cooperative, { title, price: 150, stock: 10 })

  // The customer signs up and orders, paying on delivery.
  const purchase = new Purchase(page)
  const cart = new CartPage(page)
  const checkout = new CheckoutPage(page)
  const account = new AccountPages(page)
  const order = new OrderGroupView(page)
  const reviews = new ReviewPages(page)
  const customer = uniqueCustomer("فاطمة", "الإدريسي")
  await page.goto("/ar/account/register")
  await account.register(customer)
  await expect(page).toHaveURL(/\/ar\/account$/)
  await purchase.openProduct("ar", product.handle)
  await purchase.addToCart(1)
  await expect(purchase.message()).toHaveAttribute("data-status", "success")
  await cart.open("ar")
  await cart.checkout()
  await checkout.fillContact(customer.email, TAOUNATE)
  await checkout.submitAddress()
  await expect(checkout.step("address")).toHaveAttribute("data-state", "done")
  await checkout.chooseShipping(cooperative.cooperative.handle)
  await checkout.submitShipping()
  await expect(checkout.step("payment")).toHaveAttribute("data-state", "open")
  await checkout.cashOnDelivery().check()
  await checkout.submitPayment()
  await checkout.placeOrder()
  await expect(page).toHaveURL(/\/ar\/order\/confirmed\/[A-Z0-9-]+$/)
  const reference = (await order.reference().innerText()).trim()

  // Before delivery there is nothing to review.
  await page.goto(`/ar/account/orders/${reference}`)
  await expect(order.parcel(cooperative.cooperative.handle)).toBeVisible()
  await expect(reviews.form()).toHaveCount(0)

  // The cooperative takes the order to the customer's door.
  const coopContext = await browser.newContext({ locale: "ar-MA" })
  const coopPage = await coopContext.newPage()
  const portal = new CoopPortal(coopPage)
  await new CoopPublicPages(coopPage).signIn("ar", cooperative.email, cooperative.password)
  await expect(coopPage).toHaveURL(/\/ar\/coop\/dashboard$/)
  await portal.openOrders("ar", "to_accept")
  await portal.openOrder(portal.orderByReference(reference))
  await portal.orderAction("accept").click()
  await expect(portal.orderProgress()).toHaveAttribute("data-status", "accepted")
  await portal.orderAction("prepare").click()
  await expect(portal.orderProgress()).toHaveAttribute("data-status", "prepared")
  await portal.ship("Amana", "RR555444333MA")
  await expect(portal.orderProgress()).toHaveAttribute("data-status", "shipped")
  await portal.orderAction("deliver").click()
  await expect(portal.orderProgress()).toHaveAttribute("data-status", "delivered")

  // Delivered: the order page offers a review form, stars as radio inputs, right to left.
  await page.goto(`/ar/account/orders/${reference}`)
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl")
  await expect(reviews.form()).toBeVisible()
  await reviews.submit()
  // The browser's own check: no rating chosen, nothing sent.
  await expect(reviews.myReviews()).toHaveCount(0)
  await reviews.rate("4 نجوم")
  await reviews.text().fill("<b>عسل</b> طيب ورائحته زكية")
  await expect(reviews.language()).toHaveValue("ar")
  await reviews.submit()
  await expect(reviews.myReviews()).toHaveCount(1)
  await expect(reviews.myReviews()).toContainText("<b>عسل</b> طيب ورائحته زكية")
  await expect(reviews.form()).toHaveCount(0)

  // The product page shows the review as written, its language, the average, and the structured data.
  await purchase.openProduct("ar", product.handle)
  await expect(reviews.productReviews()).toHaveCount(1)
  await expect(reviews.productReviews().first()).toContainText("<b>عسل</b> طيب ورائحته زكية")
  await expect(reviews.productReviews().first()).toContainText("فاطمة ا.")
  await expect(reviews.productReviews().first().getByTestId("review-language")).toContainText("العربية")
  await expect(reviews.productRating()).toBeVisible()
  const structured = (await reviews.structuredData().allTextContents()).join("\n")
  expect(structured).toContain('"aggregateRating"')
  expect(structured).toContain('"ratingValue":"4.0"')

  // The cooperative answers from the portal; the answer shows under the review.
  const coopReviews = new ReviewPages(coopPage)
  await coopReviews.openPortalReviews("ar")
  await coopReviews.answer("شكرا لك على ثقتك")
  await expect(coopReviews.answerMessage()).toHaveAttribute("data-status", "success")
  await page.reload()
  await expect(reviews.productReviews().first().getByTestId("review-answer")).toContainText("شكرا لك على ثقتك")
  await coopContext.close()
})
