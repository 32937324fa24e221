import { expect, test, type APIRequestContext } from "@playwright/test"
import type { StoreCooperativeListResponse, StoreCooperativeResponse } from "@tadamon/shared"
import { OrganizerAdmin, type EditionDraft } from "./pages/admin"
import { CartPage, CheckoutPage, OrderGroupView, Purchase, type AddressInput } from "./pages/checkout"
import { MarketsPages } from "./pages/markets"
import { Storefront } from "./pages/storefront"

const backendUrl = process.env.BACKEND_URL ?? "http://localhost:9000"
const storeHeaders = { "x-publishable-api-key": process.env.PUBLISHABLE_KEY ?? "" }

const ADDRESS: AddressInput = {
  first_name: "Nadia",
  last_name: "Berrada",
  phone: "06 11 22 33 44",
  region: "03",
  province: "sefrou",
  city: "Sefrou",
  address_1: "Derb El Miter, n° 12",
}

/** Demo cooperatives no other journey shops from (market-stand-qr starts from the last stands). */
const LEFT_ALONE = ["minsaj-taounate", "arz-azrou"]

async function storeGet<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(`${backendUrl}${path}`, { headers: storeHeaders })
  expect(response.ok(), `${path} answered ${response.status()}`).toBe(true)
  return (await response.json()) as T
}

/**
 * An approved demo cooperative whose shop sells something, with its name as the Admin lists it
 * (the stored, Arabic name) and in French (the stand sheet).
 */
async function sellingCooperative(request: APIRequestContext): Promise<{ handle: string; nameAr: string; nameFr: string }> {
  const { cooperatives } = await storeGet<StoreCooperativeListResponse>(request, "/store/cooperatives?limit=100&locale=ar-MA")
  const { regions } = await storeGet<{ regions: { id: string; currency_code: string }[] }>(request, "/store/regions")
  const region = regions.find((entry) => entry.currency_code === "mad")
  const rank = (handle: string) => (LEFT_ALONE.includes(handle) ? LEFT_ALONE.indexOf(handle) : LEFT_ALONE.length)
  for (const cooperative of [...cooperatives].sort((a, b) => rank(a.handle) - rank(b.handle))) {
    const shop = await storeGet<StoreCooperativeResponse>(request, `/store/cooperatives/${cooperative.handle}?region_id=${region?.id}&locale=fr-MA`)
    if (shop.products.length > 0) {
      return { handle: cooperative.handle, nameAr: cooperative.name, nameFr: shop.cooperative.name }
    }
  }
  throw new Error("No approved cooperative sells anything")
}

/** A day in Morocco (`YYYY-MM-DD`), `days` after today. */
function moroccanDay(days = 0): string {
  const at = new Date(Date.now() + days * 24 * 60 * 60 * 1000)
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Africa/Casablanca", year: "numeric", month: "2-digit", day: "2-digit" }).format(at)
}

test("an organizer creates an open edition in the Admin; its stand sheet's QR code leads to the shop, and the order placed there shows in the edition report", async ({
  page,
  request,
}) => {
  // The Admin's edition form, a stand sheet, its QR code and a whole guest checkout: over a minute
  // when the other worker's journey shares the machine's two cores.
  test.setTimeout(120_000)
  const admin = new OrganizerAdmin(page, backendUrl)
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
  const cooperative = await sellingCooperative(request)
  const email = `edition-${id}@tadamon.test`
  const edition: EditionDraft = {
    handle: `journey-${id}`,
    name: { ar: `سوق التضامن ${id}`, fr: `Marché solidaire ${id}`, en: `Solidarity market ${id}` },
    venue: { ar: "ساحة باب المقام، صفرو", fr: "Place Bab El Mkam, Sefrou", en: "Bab El Mkam square, Sefrou" },
    provinceName: "Sefrou",
    startsOn: moroccanDay(0),
    endsOn: moroccanDay(3),
    stands: [{ cooperativeName: cooperative.nameAr, standNumber: "B-7" }],
    program: [
      {
        day: moroccanDay(1),
        startsAt: "11:00",
        title: { ar: "ورشة الطرز التقليدي", fr: "Atelier de broderie traditionnelle", en: "Traditional embroidery workshop" },
      },
    ],
  }

  // The organizer creates the edition in the Admin's form.
  await admin.signIn(process.env.ORGANIZER_EMAIL ?? "", process.env.ORGANIZER_PASSWORD ?? "")
  await admin.openEditions()
  await admin.startNewEdition()
  await expect(admin.editionForm()).toBeVisible()
  await admin.fillEdition(edition)
  await admin.saveEdition()
  await admin.waitForEditionPage()

  // Its page: open today (its dates run from today), with the stand and the program as saved.
  await expect(page.getByRole("heading", { level: 1, name: edition.name.en })).toBeVisible()
  await expect(admin.editionStatus()).toHaveAttribute("data-status", "open")
  await expect(admin.editionParticipants()).toHaveCount(1)
  await expect(page.locator("#participant-0-stand")).toHaveValue("B-7")
  await expect(page.locator("#participant-0-cooperative")).toHaveText(cooperative.nameAr)
  await expect(admin.editionProgramItems()).toHaveCount(1)
  await expect(page.locator("#program-0-title-fr")).toHaveValue(edition.program[0].title.fr)
  await expect(page.locator("#edition-handle")).toHaveValue(edition.handle)
  await expect(admin.standSheetLink("French")).toHaveCount(1)

  // The stand's sheet, in French, on the storefront.
  const sheet = await admin.openStandSheet("French")
  const markets = new MarketsPages(sheet)
  await expect(sheet).toHaveURL(new RegExp(`/fr/markets/${edition.handle}/stands/${cooperative.handle}$`))
  await expect(markets.standSheet()).toBeVisible()
  await expect(markets.standSheetCooperative()).toHaveText(cooperative.nameFr)
  await expect(markets.standSheetEdition()).toHaveText(edition.name.fr)
  await expect(markets.standNumber()).toHaveText("B-7")

  // Its QR code, decoded as drawn, is the caption under it: the shop, carrying this edition.
  const caption = (await markets.standQrCaption().innerText()).trim()
  const decoded = await markets.decodeStandQr()
  expect(decoded).toBe(caption)
  const link = new URL(decoded ?? "")
  expect(link.origin).toBe(new URL(sheet.url()).origin)
  expect(link.pathname).toBe(`/fr/cooperatives/${cooperative.handle}`)
  expect(Object.fromEntries(link.searchParams)).toEqual({ edition: edition.handle, via: "stand_qr" })

  // A visitor follows it and orders as a guest, paying on delivery.
  const storefront = new Storefront(sheet)
  const purchase = new Purchase(sheet)
  const cart = new CartPage(sheet)
  const checkout = new CheckoutPage(sheet)
  const order = new OrderGroupView(sheet)
  await sheet.goto(link.toString())
  await expect(markets.heading()).toHaveText(cooperative.nameFr)
  const remembered = (await sheet.context().cookies()).find((cookie) => cookie.name === "tadamon_attribution")
  expect(JSON.parse(decodeURIComponent(remembered?.value ?? "{}"))).toMatchObject({
    edition: edition.handle,
    channel: "stand_qr",
    cooperative: cooperative.handle,
  })
  await storefront.openFirst(storefront.productCards())
  await expect(sheet).toHaveURL(/\/fr\/products\//)
  await purchase.addToCart(1)
  await expect(purchase.message()).toHaveAttribute("data-status", "success")
  await cart.open("fr")
  await expect(cart.groups()).toHaveCount(1)
  await cart.checkout()
  await checkout.fillContact(email, ADDRESS)
  await checkout.submitAddress()
  await expect(checkout.step("address")).toHaveAttribute("data-state", "done")
  await checkout.chooseShipping(cooperative.handle)
  await checkout.submitShipping()
  await expect(checkout.step("payment")).toHaveAttribute("data-state", "open")
  await checkout.submitPayment()
  await expect(checkout.reviewParcels()).toHaveCount(1)
  await checkout.placeOrder()
  await expect(sheet).toHaveURL(/\/fr\/order\/confirmed\/[A-Z0-9-]+$/)
  await expect(order.parcels()).toHaveCount(1)
  await sheet.close()

  // Back in the Admin: the sales report by edition has this edition's row (its stored, Arabic
  // name) with the one order, of one unit, placed during the fair.
  await admin.openSalesReport()
  await admin.groupSalesBy("edition")
  const row = admin.salesRow(edition.name.ar)
  await expect(row).toHaveCount(1)
  await expect(row).toContainText(`${edition.startsOn} → ${edition.endsOn}`)
  await expect(admin.salesCell(row, "orders")).toHaveText("1")
  await expect(admin.salesCell(row, "units")).toHaveText("1")
  await expect(admin.salesCell(row, "cancelled")).toHaveText("0")
  const revenue = (await admin.salesCell(row, "revenue").innerText()).trim()
  expect(revenue).toMatch(/[1-9]/)
  await expect(admin.salesCell(row, "during")).toHaveText(`${revenue} (1)`)
  await expect(admin.salesCell(row, "before")).toContainText("(0)")
  await expect(admin.salesCell(row, "after")).toContainText("(0)")
})
