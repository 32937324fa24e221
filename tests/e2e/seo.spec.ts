import { expect, test, type APIRequestContext } from "@playwright/test"
import { PageHead, parseRobots, robotsAllow, sitemapIndexLocations, sitemapUrls, type JsonLd } from "./pages/seo"
import { ProductPage } from "./pages/storefront"

const storefrontUrl = (process.env.STOREFRONT_URL ?? "http://localhost:8000").replace(/\/+$/, "")

/** Seeded demo data that the other journeys only read. */
const PRODUCT = "carob-honey-ghafsai"
const COOPERATIVE = "nahl-ouergha"
const EDITION = "taounate-2026"

const LOCALES = ["ar", "fr", "en"] as const
type Locale = (typeof LOCALES)[number]
const OG_LOCALE: Record<Locale, string> = { ar: "ar_MA", fr: "fr_MA", en: "en_US" }
const ARABIC = /[\u0600-\u06FF]/

type Offer = { price: string; priceCurrency: string; availability: string; url: string; seller?: { name?: string } }
type ListItem = { position: number; name: string; item?: string }

/** The digits of the first amount in a text: "1 200,00 MAD" and "1200.00" both give "120000". */
function amountDigits(text: string): string {
  return (/\d[\d\s.,\u00a0\u202f]*\d/.exec(text)?.[0] ?? "").replace(/\D/g, "")
}

function pageUrl(locale: string, path: string): string {
  return `${storefrontUrl}/${locale}${path}`
}

async function expectAlternates(head: PageHead, path: string) {
  for (const locale of LOCALES) {
    await expect(head.alternate(locale)).toHaveAttribute("href", pageUrl(locale, path))
  }
  await expect(head.alternate("x-default")).toHaveAttribute("href", pageUrl("ar", path))
  await expect(head.alternates()).toHaveCount(LOCALES.length + 1)
}

async function expectImage(request: APIRequestContext, url: string | null) {
  expect(url, "an absolute image URL").toMatch(/^https?:\/\//)
  const response = await request.get(url ?? "")
  expect(response.status(), `${url}`).toBe(200)
  expect(response.headers()["content-type"]).toMatch(/^image\//)
}

async function expectBreadcrumbs(head: PageHead, locale: Locale, current: string) {
  const [trail] = await head.structuredDataOfType("BreadcrumbList")
  const items = (trail?.itemListElement ?? []) as ListItem[]
  expect(items.map((item) => item.position)).toEqual(items.map((_, index) => index + 1))
  expect(items[0]).toEqual({ "@type": "ListItem", position: 1, name: expect.any(String), item: pageUrl(locale, "") })
  expect(items.at(-1)?.name).toBe(current)
}

for (const locale of LOCALES) {
  test(`a product page in ${locale} gives search engines and link previews its address, its languages, its photo and its offer in MAD`, async ({
    page,
    request,
  }) => {
    const head = new PageHead(page)
    const product = new ProductPage(page)
    const path = `/products/${PRODUCT}`
    const url = pageUrl(locale, path)

    await page.goto(`/${locale}${path}`)
    const title = (await page.getByRole("heading", { level: 1 }).innerText()).trim()
    if (locale === "ar") {
      expect(title).toMatch(ARABIC)
    } else {
      expect(title).not.toMatch(ARABIC)
    }

    await expect(head.canonical()).toHaveAttribute("href", url)
    await expectAlternates(head, path)
    await expect(page).toHaveTitle(new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`))
    await expect(head.meta("og:title")).toHaveAttribute("content", title)
    await expect(head.meta("og:url")).toHaveAttribute("content", url)
    await expect(head.meta("og:type")).toHaveAttribute("content", "website")
    await expect(head.meta("og:locale")).toHaveAttribute("content", OG_LOCALE[locale])
    await expect(head.meta("og:description")).toHaveAttribute("content", /\S{3,}/)
    await expect(head.meta("twitter:card")).toHaveAttribute("content", "summary_large_image")
    await expect(head.meta("twitter:title")).toHaveAttribute("content", title)
    await expectImage(request, await head.meta("og:image").first().getAttribute("content"))

    const [data] = await head.structuredDataOfType("Product")
    expect(data, "a Product in the page's JSON-LD").toBeTruthy()
    expect(data.name).toBe(title)
    expect(data.url).toBe(url)
    const cooperative = (await product.cooperativeLink().innerText()).trim()
    expect(data.brand).toEqual({ "@type": "Brand", name: cooperative })
    const offers = data.offers as Offer[]
    expect(offers.length).toBeGreaterThan(0)
    for (const offer of offers) {
      expect(offer.priceCurrency).toBe("MAD")
      expect(offer.price).toMatch(/^\d+\.\d{2}$/)
      expect(offer.availability).toMatch(/^https:\/\/schema\.org\/(InStock|OutOfStock)$/)
      expect(offer.seller?.name).toBe(cooperative)
    }
    // The price the page shows is one of the offers'.
    expect(offers.map((offer) => amountDigits(offer.price))).toContain(amountDigits(await product.price().innerText()))
    await expectBreadcrumbs(head, locale, title)

    // A variant's address shows the same product: its canonical URL is the product's.
    await page.goto(offers[offers.length - 1].url)
    await expect(page).toHaveURL(/\?variant=/)
    await expect(head.canonical()).toHaveAttribute("href", url)
  })
}

for (const locale of ["ar", "fr"] as const) {
  test(`a cooperative's page in ${locale} describes it as an Organization, its logo as the link preview's picture`, async ({ page, request }) => {
    const head = new PageHead(page)
    const path = `/cooperatives/${COOPERATIVE}`
    const url = pageUrl(locale, path)

    await page.goto(`/${locale}${path}`)
    const name = (await page.getByRole("heading", { level: 1 }).innerText()).trim()
    await expect(head.canonical()).toHaveAttribute("href", url)
    await expectAlternates(head, path)
    await expect(head.meta("og:title")).toHaveAttribute("content", name)
    await expect(head.meta("og:locale")).toHaveAttribute("content", OG_LOCALE[locale])
    await expect(head.meta("twitter:card")).toHaveAttribute("content", "summary")

    const [organization] = await head.structuredDataOfType("Organization")
    expect(organization, "an Organization in the page's JSON-LD").toBeTruthy()
    expect(organization.name).toBe(name)
    expect(organization.url).toBe(url)
    expect(organization.foundingDate).toMatch(/^\d{4}$/)
    expect(organization.address).toMatchObject({ "@type": "PostalAddress", addressCountry: "MA", addressLocality: expect.stringMatching(/\S/) })
    const logo = await head.meta("og:image").first().getAttribute("content")
    expect(organization.logo).toBe(logo)
    await expectImage(request, logo)
    await expectBreadcrumbs(head, locale, name)
  })
}

test("a market edition's page in English describes it as an Event with its dates, venue and organizer", async ({ page }) => {
  const head = new PageHead(page)
  const path = `/markets/${EDITION}`

  await page.goto(`/en${path}`)
  const name = (await page.getByRole("heading", { level: 1 }).innerText()).trim()
  await expect(head.canonical()).toHaveAttribute("href", pageUrl("en", path))
  await expectAlternates(head, path)

  const [event] = await head.structuredDataOfType("Event")
  expect(event, "an Event in the page's JSON-LD").toBeTruthy()
  expect(event.name).toBe(name)
  expect(event.startDate).toBe(await page.getByTestId("edition-dates").locator("time").getAttribute("datetime"))
  expect(event.endDate).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  expect(String(event.endDate) >= String(event.startDate)).toBe(true)
  const location = event.location as JsonLd
  expect(location.name).toBe((await page.getByTestId("edition-venue").innerText()).trim())
  expect(location.address).toMatchObject({ "@type": "PostalAddress", addressCountry: "MA", addressLocality: "Taounate" })
  expect(event.organizer).toMatchObject({ "@type": "Organization", name: "Tadamon" })
  await expectBreadcrumbs(head, "en", name)
})

test("robots.txt keeps crawlers out of the portal and the private pages and names the sitemap, which lists every page in every language", async ({
  request,
}) => {
  const robotsResponse = await request.get("/robots.txt")
  expect(robotsResponse.status()).toBe(200)
  const robots = parseRobots(await robotsResponse.text())
  expect(robots.disallow).toContain("/ar/coop")
  for (const path of ["/ar/coop", "/ar/coop/dashboard", "/fr/coop/sign-in", "/en/account/orders", "/ar/checkout", "/fr/cart", "/en/order/lookup"]) {
    expect(robotsAllow(robots, path), `${path} is disallowed`).toBe(false)
  }
  for (const path of ["/ar", `/ar/cooperatives/${COOPERATIVE}`, `/fr/products/${PRODUCT}`, `/en/markets/${EDITION}`, "/fr/categories/honey"]) {
    expect(robotsAllow(robots, path), `${path} is allowed`).toBe(true)
  }
  expect(robots.sitemaps).toEqual([`${storefrontUrl}/sitemap.xml`])

  const indexResponse = await request.get(robots.sitemaps[0])
  expect(indexResponse.status()).toBe(200)
  expect(indexResponse.headers()["content-type"]).toContain("xml")
  const files = sitemapIndexLocations(await indexResponse.text())
  expect(files.length).toBeGreaterThan(0)
  const urls = (
    await Promise.all(
      files.map(async (file) => {
        const response = await request.get(file)
        expect(response.status(), file).toBe(200)
        return sitemapUrls(await response.text())
      })
    )
  ).flat()

  const product = urls.find((entry) => entry.loc === pageUrl("fr", `/products/${PRODUCT}`))
  expect(product?.alternates).toEqual({
    ar: pageUrl("ar", `/products/${PRODUCT}`),
    fr: pageUrl("fr", `/products/${PRODUCT}`),
    en: pageUrl("en", `/products/${PRODUCT}`),
    "x-default": pageUrl("ar", `/products/${PRODUCT}`),
  })
  const locations = urls.map((entry) => entry.loc)
  expect(locations).toEqual(
    expect.arrayContaining([
      ...LOCALES.map((locale) => pageUrl(locale, `/products/${PRODUCT}`)),
      pageUrl("ar", ""),
      pageUrl("en", "/categories"),
      pageUrl("fr", "/categories/honey"),
      pageUrl("ar", `/cooperatives/${COOPERATIVE}`),
      pageUrl("en", "/markets"),
      pageUrl("fr", `/markets/${EDITION}`),
    ])
  )
  expect(new Set(locations).size, "no address twice").toBe(locations.length)
  expect(locations.filter((location) => !robotsAllow(robots, new URL(location).pathname)), "nothing robots.txt keeps out").toEqual([])

  // A file past the catalog's end does not exist.
  expect((await request.get(`/sitemaps/sitemap/${files.length}.xml`)).status()).toBe(404)
})
