import { expect, test } from "@playwright/test"
import { CartPage, CheckoutPage, OrderGroupView, Purchase } from "./pages/checkout"
import { uniqueSuffix } from "./pages/coop"
import { createApprovedCooperative, createPublishedProduct, json, organizerToken } from "./pages/coop-setup"

const backendUrl = process.env.BACKEND_URL ?? "http://localhost:9000"

type AdminVariant = { id: string; prices: { id: string; amount: number; currency_code: string }[] }

test("a price changed while the customer checks out is shown before anything is placed, and the order takes the new price once confirmed", async ({
  page,
  request,
}) => {
  // A cooperative and product of this journey's own: no other journey sees the price move.
  const cooperative = await createApprovedCooperative(request, "price")
  const title = `Coussin tissé ${uniqueSuffix()}`
  const product = await createPublishedProduct(request, cooperative, { title, price: 150, stock: 5 })

  const purchase = new Purchase(page)
  const cart = new CartPage(page)
  const checkout = new CheckoutPage(page)
  const order = new OrderGroupView(page)
  await purchase.openProduct("fr", product.handle)
  await purchase.addToCart(1)
  await expect(purchase.message()).toHaveAttribute("data-status", "success")
  await cart.open("fr")
  await cart.checkout()
  await checkout.fillContact(`price-${uniqueSuffix()}@tadamon.test`, {
    first_name: "Samira",
    last_name: "Bennani",
    phone: "0612345678",
    region: "03",
    province: "taounate",
    city: "Taounate",
    address_1: "Quartier Al Massira",
  })
  await checkout.submitAddress()
  await checkout.chooseShipping(cooperative.cooperative.handle)
  await checkout.submitShipping()
  await checkout.submitPayment()

  // The customer has seen 150 MAD on the review step; an organizer now sets 180.
  const headers = { authorization: `Bearer ${await organizerToken(request)}` }
  const { product: listed } = await json<{ product: { variants: AdminVariant[] } }>(
    await request.get(`${backendUrl}/admin/products/${product.id}?fields=variants.id,variants.prices.*`, { headers }),
    "product read"
  )
  const [variant] = listed.variants
  const price = variant.prices.find((entry) => entry.currency_code === "mad")
  expect(price?.amount).toBe(150)
  await json(
    await request.post(`${backendUrl}/admin/products/${product.id}/variants/${variant.id}`, {
      headers,
      data: { prices: [{ id: price?.id, amount: 180, currency_code: "mad" }] },
    }),
    "price change"
  )

  // Nothing is placed: the customer is told what changed, from what to what, and stays on the review.
  await checkout.placeOrder()
  const message = checkout.placeOrderMessage()
  await expect(message).toContainText(title)
  await expect(message).toContainText(/150,00[^→]*→[^.]*180,00/)
  await expect(page).not.toHaveURL(/\/order\/confirmed\//)

  // Confirming again places the order at the new price.
  await checkout.placeOrder()
  await expect(page).toHaveURL(/\/fr\/order\/confirmed\//)
  await expect(order.parcels()).toHaveCount(1)
  await expect(order.parcels().first()).toContainText("180,00")
})
