import { expect, test, type APIRequestContext } from "@playwright/test"
import type { StoreEdition, StoreEditionListResponse, StoreEditionResponse } from "@tadamon/shared"
import { AccountPages, uniqueCustomer } from "./pages/account"
import { CartPage, CheckoutPage, OrderGroupView, Purchase, type AddressInput } from "./pages/checkout"
import { MarketsPages } from "./pages/markets"
import { Storefront } from "./pages/storefront"

const backendUrl = process.env.BACKEND_URL ?? "http://localhost:9000"
const storeHeaders = { "x-publishable-api-key": process.env.PUBLISHABLE_KEY ?? "" }

const ADDRESS: AddressInput = {
  first_name: "Salma",
  last_name: "Ouazzani",
  phone: "06 98 76 54 32",
  region: "03",
  province: "taounate",
  city: "Taounate",
  address_1: "Quartier Al Massira, rue 8, n° 3",
}

async function storeGet<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(`${backendUrl}${path}`, { headers: storeHeaders })
  expect(response.ok(), `${path} answered ${response.status()}`).toBe(true)
  return (await response.json()) as T
}

/** The demo data's Taounate edition, and a participant whose shop sells something. */
async function taounateEdition(request: APIRequestContext): Promise<{ edition: StoreEdition; cooperative: string }> {
  const { editions } = await storeGet<StoreEditionListResponse>(request, "/store/editions?locale=fr-MA")
  const summary = editions.find((edition) => edition.province === "taounate")
  expect(summary, "the demo data has a Taounate edition").toBeTruthy()
  const { edition } = await storeGet<StoreEditionResponse>(request, `/store/editions/${summary?.handle}?locale=fr-MA`)
  const { regions } = await storeGet<{ regions: { id: string; currency_code: string }[] }>(request, "/store/regions")
  const region = regions.find((entry) => entry.currency_code === "mad")
  // From the last stand back: the shops there are ones the other journeys leave alone (stock).
  const lastFirst = [...edition.participants].sort((a, b) => b.stand_number.localeCompare(a.stand_number, "en", { numeric: true }))
  for (const { cooperative } of lastFirst) {
    const shop = await storeGet<{ products: unknown[] }>(request, `/store/cooperatives/${cooperative.handle}?region_id=${region?.id}`)
    if (shop.products.length > 0) {
      return { edition, cooperative: cooperative.handle }
    }
  }
  throw new Error(`No participant of ${edition.handle} sells anything`)
}

async function adminGet<T>(request: APIRequestContext, token: string, path: string): Promise<T> {
  const response = await request.get(`${backendUrl}${path}`, { headers: { authorization: `Bearer ${token}` } })
  expect(response.ok(), `${path} answered ${response.status()}`).toBe(true)
  return (await response.json()) as T
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

type ReportRow = { key: string | null; orders: number }
type AttributedOrder = {
  id: string
  email: string
  order_group?: { edition_id: string | null; channel: string; attributed_cooperative_id: string | null } | null
}

test("a stand's QR code opens the cooperative's shop with the edition, and the order it leads to, after sign-up, is the edition's", async ({
  page,
  request,
}) => {
  const storefront = new Storefront(page)
  const markets = new MarketsPages(page)
  const purchase = new Purchase(page)
  const cart = new CartPage(page)
  const checkout = new CheckoutPage(page)
  const order = new OrderGroupView(page)
  const account = new AccountPages(page)
  const customer = uniqueCustomer("Salma", "Ouazzani")
  const { edition, cooperative } = await taounateEdition(request)
  const participant = edition.participants.find((entry) => entry.cooperative.handle === cooperative)

  // The edition's page in Arabic: right to left, its status, program and stands.
  await page.goto("/ar")
  await markets.openFromNav()
  await expect(page).toHaveURL(/\/ar\/markets$/)
  await markets.editionCard(edition.handle).getByRole("link").click()
  await expect(page).toHaveURL(new RegExp(`/ar/markets/${edition.handle}$`))
  await expect(storefront.html()).toHaveAttribute("dir", "rtl")
  await expect(markets.heading()).not.toBeEmpty()
  await expect(markets.status()).toHaveAttribute("data-status", edition.status)
  await expect(markets.province()).toHaveText("تاونات")
  await expect(markets.programItems()).toHaveCount(edition.program.length)
  await expect(markets.programItems().first()).toBeVisible()
  await expect(markets.participants()).toHaveCount(edition.participants.length)
  await expect(markets.participant(cooperative)).toContainText(participant?.stand_number ?? "?")
  await expect(markets.shopLink(cooperative)).toHaveAttribute("href", `/ar/cooperatives/${cooperative}?edition=${edition.handle}&via=edition_page`)

  // Its stand sheet, in French.
  await markets.standSheetLink(cooperative).click()
  await expect(page).toHaveURL(new RegExp(`/ar/markets/${edition.handle}/stands/${cooperative}$`))
  await storefront.switchLanguage("fr")
  await expect(storefront.html()).toHaveAttribute("lang", "fr")
  await expect(markets.standSheet()).toBeVisible()
  await expect(markets.standSheetCooperative()).toHaveText(participant?.cooperative.name ?? "?")
  await expect(markets.standSheetEdition()).toHaveText(edition.name)
  await expect(markets.standNumber()).toHaveText(participant?.stand_number ?? "?")
  await expect(markets.standQr()).toHaveAccessibleName(new RegExp(escapeRegExp(participant?.cooperative.name ?? "?")))

  // The code, read off the page as drawn, is the address written under it: the cooperative's shop
  // on this storefront, carrying the edition and the stand's door.
  const caption = (await markets.standQrCaption().innerText()).trim()
  const decoded = await markets.decodeStandQr()
  expect(decoded).toBe(caption)
  const link = new URL(decoded ?? "")
  expect(link.origin).toBe(new URL(page.url()).origin)
  expect(link.pathname).toBe(`/fr/cooperatives/${cooperative}`)
  expect(Object.fromEntries(link.searchParams)).toEqual({ edition: edition.handle, via: "stand_qr" })

  // A visitor scans it: the shop remembers the visit in an httpOnly cookie.
  await page.goto(link.toString())
  await expect(markets.heading()).toHaveText(participant?.cooperative.name ?? "?")
  const remembered = (await page.context().cookies()).find((cookie) => cookie.name === "tadamon_attribution")
  expect(remembered?.httpOnly).toBe(true)
  expect(JSON.parse(decodeURIComponent(remembered?.value ?? "{}"))).toMatchObject({
    edition: edition.handle,
    channel: "stand_qr",
    cooperative,
  })

  // ...puts a product of the shop in the cart, signs up (the guest cart becomes the customer's),
  // and pays on delivery.
  await storefront.openFirst(storefront.productCards())
  await expect(page).toHaveURL(/\/fr\/products\//)
  await purchase.addToCart(1)
  await expect(purchase.message()).toHaveAttribute("data-status", "success")
  await account.accountLink().click()
  await account.registerLink().click()
  await account.register(customer)
  await expect(page).toHaveURL(/\/fr\/account$/)
  await cart.open("fr")
  await expect(cart.groups()).toHaveCount(1)
  await cart.checkout()
  await checkout.fillContact(customer.email, ADDRESS)
  await checkout.submitAddress()
  await expect(checkout.step("address")).toHaveAttribute("data-state", "done")
  await checkout.chooseShipping(cooperative)
  await checkout.submitShipping()
  await expect(checkout.step("payment")).toHaveAttribute("data-state", "open")
  await checkout.submitPayment()
  await expect(checkout.reviewParcels()).toHaveCount(1)
  await checkout.placeOrder()
  await expect(page).toHaveURL(/\/fr\/order\/confirmed\/[A-Z0-9-]+$/)
  await expect(order.parcels()).toHaveCount(1)

  // The organizers see the order group attributed to the edition, through the stand's QR code.
  const login = await request.post(`${backendUrl}/auth/user/emailpass`, {
    data: { email: process.env.ORGANIZER_EMAIL ?? "", password: process.env.ORGANIZER_PASSWORD ?? "" },
  })
  expect(login.ok()).toBe(true)
  const { token } = (await login.json()) as { token: string }
  const fields = "id,email,order_group.edition_id,order_group.channel,order_group.attributed_cooperative_id"
  const { orders } = await adminGet<{ orders: AttributedOrder[] }>(
    request,
    token,
    `/admin/orders?fields=${encodeURIComponent(fields)}&order=-created_at&limit=50`
  )
  const placed = orders.filter((entry) => entry.email === customer.email)
  expect(placed).toHaveLength(1)
  expect(placed[0].order_group).toMatchObject({
    edition_id: edition.id,
    channel: "stand_qr",
    attributed_cooperative_id: participant?.cooperative.id,
  })

  // ...and in the sales report by edition and by channel.
  const byEdition = await adminGet<{ rows: ReportRow[] }>(request, token, "/admin/reports/sales?group_by=edition")
  expect(byEdition.rows.find((row) => row.key === edition.id)?.orders ?? 0).toBeGreaterThanOrEqual(1)
  const byChannel = await adminGet<{ rows: ReportRow[] }>(request, token, "/admin/reports/sales?group_by=channel")
  expect(byChannel.rows.find((row) => row.key === "stand_qr")?.orders ?? 0).toBeGreaterThanOrEqual(1)
})
