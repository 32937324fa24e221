import { expect, test } from "@playwright/test"
import { ProductPage, Storefront } from "./pages/storefront"

test("a visitor browses in French, picks a variant, and finds the cooperatives directory", async ({ page }) => {
  const store = new Storefront(page)
  const product = new ProductPage(page)

  await store.open("/fr")
  await expect(store.html()).toHaveAttribute("lang", "fr")
  await expect(store.html()).toHaveAttribute("dir", "ltr")

  await store.categoryCards().filter({ has: page.locator('a[href="/fr/categories/olive-oil"]') }).getByRole("link").first().click()
  await expect(page).toHaveURL(/\/fr\/categories\/olive-oil$/)
  await store.openFirst(store.productCards())
  await expect(page).toHaveURL(/\/fr\/products\//)
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/[\u0600-\u06FF]/)
  await expect(product.price()).toContainText("MAD")

  const options = product.variantOptions()
  expect(await options.count()).toBeGreaterThan(1)
  const firstPrice = await product.price().innerText()
  await options.last().click()
  await expect(options.last()).toHaveAttribute("aria-current", "true")
  await expect(page).toHaveURL(/\?variant=variant_/)
  await expect(product.price()).not.toHaveText(firstPrice)

  // Who sells (law 31-08): the cooperative's registration number, phone and email on the product page.
  const seller = page.getByTestId("seller")
  await expect(seller.getByTestId("seller-registration")).toContainText(/DEMO-[A-Z]+-\d{3}/)
  await expect(seller.getByTestId("seller-phone")).toHaveAttribute("href", /^tel:\+212\d{9}$/)
  await expect(seller.getByTestId("seller-email")).toHaveAttribute("href", /^mailto:[a-z-]+@cooperatives\.example$/)

  await product.cooperativeLink().click()
  await expect(page).toHaveURL(/\/fr\/cooperatives\/[a-z0-9-]+$/)
  await expect(page.getByTestId("figure-members")).toBeVisible()
  await expect(page.getByTestId("seller").getByTestId("seller-registration")).toContainText(/DEMO-[A-Z]+-\d{3}/)

  await store.switchLanguage("ar")
  await expect(store.html()).toHaveAttribute("dir", "rtl")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/[\u0600-\u06FF]/)
})

test("the cooperatives directory filters by province and sector", async ({ page }) => {
  const store = new Storefront(page)
  await store.open("/fr/cooperatives")
  const all = await store.cooperativeCards().count()
  expect(all).toBeGreaterThanOrEqual(8)

  await page.getByLabel(/filière/i).selectOption("honey")
  await page.getByRole("button", { name: /afficher/i }).click()
  await expect(page).toHaveURL(/sector=honey/)
  const honey = await store.cooperativeCards().count()
  expect(honey).toBeGreaterThan(0)
  expect(honey).toBeLessThan(all)
})

test("unknown pages answer 404 in the visitor's language", async ({ page }) => {
  for (const [locale, dir, text] of [
    ["fr", "ltr", /n.existe pas/i],
    ["ar", "rtl", /[\u0600-\u06FF]/],
    ["en", "ltr", /does not exist/i],
  ] as const) {
    const response = await page.goto(`/${locale}/products/no-such-product`)
    expect(response?.status()).toBe(404)
    await expect(page.locator("html")).toHaveAttribute("dir", dir)
    await expect(page.getByTestId("not-found")).toContainText(text)
  }
})
