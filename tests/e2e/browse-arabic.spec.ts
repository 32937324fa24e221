import { expect, test } from "@playwright/test"
import { ProductPage, Storefront } from "./pages/storefront"

test("a visitor browses in Arabic: home → category → product → cooperative, then switches to French", async ({ page }) => {
  const store = new Storefront(page)
  const product = new ProductPage(page)

  await store.open("/")
  await expect(page).toHaveURL(/\/ar$/)
  await expect(store.html()).toHaveAttribute("lang", "ar")
  await expect(store.html()).toHaveAttribute("dir", "rtl")
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible()

  await expect(store.categoryCards()).not.toHaveCount(0)
  await store.categoryCards().filter({ has: page.locator('a[href="/ar/categories/honey"]') }).getByRole("link").first().click()
  await expect(page).toHaveURL(/\/ar\/categories\/honey$/)
  await expect(store.productCards().first()).toBeVisible()

  await store.openFirst(store.productCards())
  await expect(page).toHaveURL(/\/ar\/products\//)
  await expect(store.html()).toHaveAttribute("dir", "rtl")
  await expect(product.price()).toContainText("د.م.")
  await expect(product.stockState()).toBeVisible()
  await expect(product.mainImage()).toHaveJSProperty("complete", true)
  expect(await product.mainImage().evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)

  const cooperativeName = (await product.cooperativeLink().innerText()).trim()
  await product.cooperativeLink().click()
  await expect(page).toHaveURL(/\/ar\/cooperatives\/[a-z0-9-]+$/)
  await expect(page.getByRole("heading", { level: 1 })).toContainText(cooperativeName.split("\n")[0])
  await expect(store.productCards().first()).toBeVisible()
  const handle = new URL(page.url()).pathname.split("/").pop()

  await store.switchLanguage("fr")
  await expect(page).toHaveURL(new RegExp(`/fr/cooperatives/${handle}$`))
  await expect(store.html()).toHaveAttribute("lang", "fr")
  await expect(store.html()).toHaveAttribute("dir", "ltr")
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/[\u0600-\u06FF]/)
})
