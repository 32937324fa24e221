import { expect, test } from "@playwright/test"
import { AccessibilityScan, blocking, describeViolations, KeyboardFocus, type ScannedPage } from "./pages/a11y"
import { Storefront } from "./pages/storefront"

/** Seeded demo data that the other journeys only read. */
const CATEGORY = "honey"
const PRODUCT = "carob-honey-ghafsai"
const COOPERATIVE = "nahl-ouergha"
const EDITION = "taounate-2026"

const PRODUCT_PAGE: ScannedPage = { name: "product", path: `/products/${PRODUCT}`, ready: (page) => page.getByTestId("product-price") }

/** The pages a visitor reads most, each with the element that shows its content has rendered. */
const PAGES: ScannedPage[] = [
  { name: "home", path: "", ready: (page) => page.getByTestId("product-card") },
  { name: "categories", path: "/categories", ready: (page) => page.getByTestId("category-card") },
  { name: "category", path: `/categories/${CATEGORY}`, ready: (page) => page.getByTestId("product-card") },
  PRODUCT_PAGE,
  { name: "cooperative", path: `/cooperatives/${COOPERATIVE}`, ready: (page) => page.getByTestId("figure-members") },
  { name: "market edition", path: `/markets/${EDITION}`, ready: (page) => page.getByTestId("edition-participant") },
  { name: "cart", path: "/cart", ready: (page) => page.getByTestId("cart-empty") },
  // With a filter set, so that the filters' form is open and scanned too.
  { name: "search", path: `/search?q=${encodeURIComponent("عسل")}&in_stock=true`, ready: (page) => page.getByTestId("product-card") },
  { name: "terms of sale", path: "/legal/terms", ready: (page) => page.getByTestId("terms-version") },
  { name: "privacy notice", path: "/legal/privacy", ready: (page) => page.getByTestId("cndp-reference") },
  { name: "legal notice", path: "/legal/notice", ready: (page) => page.getByTestId("contact-details") },
  { name: "contact", path: "/contact", ready: (page) => page.getByTestId("contact-details") },
]

const DIRECTION = { ar: "rtl", fr: "ltr", en: "ltr" } as const
const SKIP_LINK = { ar: "الانتقال إلى المحتوى", fr: "Aller au contenu", en: "Skip to content" } as const
/** More than the product page's links, buttons and fields: the walk goes round to the start. */
const MAX_TABS = 60

for (const [locale, dir] of Object.entries(DIRECTION)) {
  for (const target of PAGES) {
    test(`a screen-reader or keyboard user finds nothing serious in the way on the ${target.name} page in ${locale}`, async ({ page }) => {
      const scan = new AccessibilityScan(page)
      const store = new Storefront(page)
      await scan.open(locale, target)
      await expect(store.html()).toHaveAttribute("lang", locale)
      await expect(store.html()).toHaveAttribute("dir", dir)
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1)

      const found = blocking(await scan.violations())
      const message = `serious or critical axe-core violations on /${locale}${target.path}:\n\n${describeViolations(found)}\n`
      expect(found.map((violation) => violation.id), message).toEqual([])
    })
  }
}

for (const locale of ["ar", "fr", "en"] as const) {
  test(`a keyboard user in ${locale} skips the header to a product's content, and sees where the focus is at every stop`, async ({ page }) => {
    const scan = new AccessibilityScan(page)
    const keyboard = new KeyboardFocus(page)
    await scan.open(locale, PRODUCT_PAGE)

    await keyboard.tab()
    const skipLink = page.getByRole("link", { name: SKIP_LINK[locale] })
    await expect(skipLink).toBeFocused()
    await expect(skipLink).toBeInViewport()
    await keyboard.activate()
    await keyboard.tab()
    expect(await keyboard.isInside(page.getByRole("main")), "the first stop after the skip link is in the page's content").toBe(true)

    // Every stop, to the end of the page and round again, shows a focus ring.
    const stops: string[] = []
    for (let index = 0; index < MAX_TABS; index += 1) {
      const focused = await keyboard.focused()
      if (focused) {
        stops.push(`${focused.name}: ${focused.ring ?? "no focus ring"}`)
      }
      await keyboard.tab()
    }
    expect(stops.filter((stop) => stop.endsWith("no focus ring")), stops.join("\n")).toEqual([])
    expect(stops.some((stop) => stop.startsWith("button")), "the walk reached the add-to-cart button").toBe(true)
  })
}
