import { expect, test, type Locator } from "@playwright/test"
import { SearchPage } from "./pages/search"
import { Storefront } from "./pages/storefront"

/** Seeded demo products that the other journeys only read. */
const THYME_HONEY = "thyme-honey-ghafsai"
const NABOUT_FIGS = "dried-figs-nabout-tissa"

async function hrefs(links: Locator, first = 3): Promise<string[]> {
  const all = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href") ?? ""))
  return [...new Set(all)].slice(0, first)
}

test.describe("search on a 360 px phone", () => {
  test.use({ viewport: { width: 360, height: 740 } })

  test("in Arabic: the header is one row, and the thyme honey is found with the article, without it, and misspelt", async ({ page }) => {
    const store = new Storefront(page)
    const search = new SearchPage(page)
    await store.open("/ar")
    const rowOf = async (locator: Locator) => {
      const box = await locator.boundingBox()
      return box ? Math.round(box.y + box.height / 2) : null
    }
    const inputRow = await rowOf(store.searchInput())
    expect(inputRow).not.toBeNull()
    for (const item of [page.getByTestId("account-link"), page.getByTestId("site-menu-toggle"), page.locator(".brand")]) {
      expect(Math.abs(((await rowOf(item)) ?? -100) - (inputRow ?? 0))).toBeLessThanOrEqual(4)
    }
    expect((await page.locator(".site-header").boundingBox())?.height ?? 999).toBeLessThan(72)

    for (const query of ["الزعتر", "زعتر عسل", "عسل الزعتز"]) {
      await store.search(query)
      await expect(page).toHaveURL(/\/ar\/search\?q=/)
      await expect(search.results().first()).toBeVisible()
      expect(await hrefs(search.resultLinks())).toContain(`/ar/products/${THYME_HONEY}`)
    }
  })
})

test("in French: a typo and no accents find the Nabout figs, and a facet narrows the results to its count", async ({ page }) => {
  const store = new Storefront(page)
  const search = new SearchPage(page)
  await store.open("/fr")
  await store.search("fiuges seches nabout")
  await expect(page).toHaveURL(/\/fr\/search\?q=/)
  await expect(search.results().first()).toBeVisible()
  expect(await hrefs(search.resultLinks())).toContain(`/fr/products/${NABOUT_FIGS}`)

  await store.search("miel")
  await expect(search.results().first()).toBeVisible()
  await search.openFilters()
  const option = search.facetOptions("cooperative").first()
  const facetCount = Number(/\((\d+)\)/.exec((await option.textContent()) ?? "")?.[1])
  expect(facetCount).toBeGreaterThan(0)
  await option.locator("input").check()
  await search.sort().selectOption("price_asc")
  await search.apply()
  await expect(page).toHaveURL(/cooperative=/)
  await expect(page).toHaveURL(/sort=price_asc/)
  await expect(search.count()).toContainText(String(facetCount))
  await expect(search.results()).toHaveCount(Math.min(facetCount, 12))
  // However filtered and sorted, the page's canonical URL is the search's words alone.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/fr\/search\?q=miel$/)
})

test("in English: a transliteration finds the Arabic name, and the results link to English pages", async ({ page }) => {
  const store = new Storefront(page)
  const search = new SearchPage(page)
  await store.open("/en")
  await store.search("za'atar")
  await expect(page).toHaveURL(/\/en\/search\?q=/)
  await expect(search.results().first()).toBeVisible()
  expect(await hrefs(search.resultLinks())).toContain(`/en/products/${THYME_HONEY}`)
  await expect(page.locator("html")).toHaveAttribute("lang", "en")
})

test("in Arabic: a category page and a cooperative page take the same filters, their own fixed", async ({ page }) => {
  const search = new SearchPage(page)
  await page.goto("/ar/categories/honey")
  await expect(search.results().first()).toBeVisible()
  await search.openFilters()
  await expect(page.getByTestId("facet-category")).toHaveCount(0)
  const option = search.facetOptions("cooperative").first()
  const facetCount = Number(/\((\d+)\)/.exec((await option.textContent()) ?? "")?.[1])
  const cooperative = await option.locator("input").getAttribute("value")
  expect(facetCount).toBeGreaterThan(0)
  await option.locator("input").check()
  await search.apply()
  await expect(page).toHaveURL(new RegExp(`/ar/categories/honey\\?.*cooperative=${cooperative}`))
  await expect(search.results()).toHaveCount(Math.min(facetCount, 12))

  await page.goto(`/ar/cooperatives/${cooperative}`)
  await expect(search.results().first()).toBeVisible()
  const all = await search.results().count()
  await search.openFilters()
  await expect(page.getByTestId("facet-cooperative")).toHaveCount(0)
  await search.sort().selectOption("price_desc")
  await search.apply()
  await expect(page).toHaveURL(new RegExp(`/ar/cooperatives/${cooperative}\\?.*sort=price_desc`))
  await expect(search.results()).toHaveCount(all)
})
