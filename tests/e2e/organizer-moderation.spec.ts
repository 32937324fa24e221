import { expect, test, type APIRequestContext } from "@playwright/test"
import { OrganizerAdmin } from "./pages/admin"
import { uniqueSuffix } from "./pages/coop"

const backendUrl = process.env.BACKEND_URL ?? "http://localhost:9000"
const organizerEmail = process.env.ORGANIZER_EMAIL ?? ""
const organizerPassword = process.env.ORGANIZER_PASSWORD ?? ""

async function ok<T>(response: Awaited<ReturnType<APIRequestContext["post"]>>, what: string): Promise<T> {
  if (!response.ok()) {
    throw new Error(`${what}: HTTP ${response.status()} ${await response.text()}`)
  }
  return (await response.json()) as T
}

/**
 * A fresh applicant (so the journey can run again on the same data): a crafts cooperative (no
 * sanitary authorisation needed) applied through the cooperative API, with one product it
 * proposed for review. Both wait for the organizer.
 */
async function pendingCooperativeWithProposedProduct(request: APIRequestContext) {
  const id = uniqueSuffix()
  const email = `moderation-${id}@tadamon.test`
  const password = `moderation-${id}-password`
  const registered = await ok<{ token: string }>(
    await request.post(`${backendUrl}/auth/member/emailpass/register`, { data: { email, password } }),
    "member registration"
  )
  // The Admin shows the stored (Arabic) name.
  const name = `تعاونية الزربية ${id}`
  await ok(
    await request.post(`${backendUrl}/vendor/applications`, {
      headers: { authorization: `Bearer ${registered.token}` },
      data: {
        member: { first_name: "Rachida", last_name: "Alaoui", phone: "0612345678" },
        cooperative: {
          name,
          name_fr: `Coopérative Zarbia ${id}`,
          name_en: `Zarbia Cooperative ${id}`,
          legal_registration_number: `MOD-${id}`,
          region: "03",
          province: "taounate",
          commune: "Tissa",
          sector: "crafts",
          founding_year: 2012,
          member_count: 18,
          women_member_count: 16,
          story: "تعاونية نسوية لنسج الزرابي التقليدية في تيسة.",
          contact_phone: "0612345678",
          locale: "fr",
        },
        documents: [],
      },
    }),
    "application"
  )
  const signedIn = await ok<{ token: string }>(
    await request.post(`${backendUrl}/auth/member/emailpass`, { data: { email, password } }),
    "member sign-in"
  )
  const title = `Tapis de Tissa ${id}`
  // Markup in a description is the cooperative's text: stored as given, shown as text, never run.
  const description = `Tapis tissé à la main. <img src="x" onerror="window.__injected = 1"><script>window.__injected = 2</script>`
  const created = await ok<{ product: { id: string; handle: string; status: string } }>(
    await request.post(`${backendUrl}/vendor/products`, {
      headers: { authorization: `Bearer ${signedIn.token}` },
      data: {
        title: `زربية تيسة ${id}`,
        description,
        translations: { fr: { title, description }, en: { title: `Tissa rug ${id}` } },
        option_title: "Taille",
        variants: [{ option_value: "120 × 180 cm", price: 1450, stock: 2 }],
        status: "proposed",
      },
    }),
    "product proposal"
  )
  return { name, product: { ...created.product, title, description } }
}

test("an organizer approves a new cooperative and publishes its product, which then appears in the storefront", async ({ page, request }) => {
  test.setTimeout(120_000)
  const applicant = await pendingCooperativeWithProposedProduct(request)
  expect(applicant.product.status).toBe("proposed")
  // Nothing of it is in the shop yet.
  const storeHeaders = { "x-publishable-api-key": process.env.PUBLISHABLE_KEY ?? "" }
  const before = await request.get(`${backendUrl}/store/products?handle=${applicant.product.handle}&fields=id`, { headers: storeHeaders })
  expect(((await before.json()) as { products: unknown[] }).products).toEqual([])

  const admin = new OrganizerAdmin(page, backendUrl)
  await admin.signIn(organizerEmail, organizerPassword)
  await admin.openCooperatives()
  await expect(admin.cooperativeRow(applicant.name)).toBeVisible()
  await expect(admin.cooperativeRow(applicant.name).getByTestId("cooperative-status")).toHaveAttribute("data-status", "pending")

  await admin.openCooperative(applicant.name)
  await admin.approve()
  await expect(admin.statusBadge()).toHaveAttribute("data-status", "approved")
  await expect(admin.history().first()).toHaveAttribute("data-action", "approve")
  await expect(admin.history().first()).toContainText(organizerEmail)

  await admin.openProductReviews()
  await admin.preview(applicant.product.id)
  await expect(admin.previewPanel()).toContainText(applicant.product.title)
  await expect(admin.previewPanel()).toContainText("1,450.00")
  await admin.publishPreviewed()
  await expect(admin.reviewRow(applicant.product.id)).toHaveCount(0)

  // The storefront's catalog is revalidated when the product goes on sale: wait for the page.
  await expect(async () => {
    const response = await page.goto(`/fr/products/${applicant.product.handle}`)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(applicant.product.title, { timeout: 1000 })
  }).toPass({ timeout: 30_000 })

  // The description with markup: the Store API returns it as stored, the page shows it as text.
  const stored = await request.get(`${backendUrl}/store/products/${applicant.product.id}?fields=description&locale=fr-MA`, { headers: storeHeaders })
  expect(((await stored.json()) as { product: { description: string } }).product.description).toBe(applicant.product.description)
  await expect(page.locator(".product__description")).toContainText('<img src="x" onerror=')
  await expect(page.locator(".product__description")).toContainText("<script>")
  await expect(page.locator('.product__description img, .product__description script')).toHaveCount(0)
  expect(await page.evaluate(() => (window as Window & { __injected?: number }).__injected)).toBeUndefined()
})
