import { expect, test } from "@playwright/test"
import { AccountPages, uniqueCustomer } from "./pages/account"
import { FavouritesPages } from "./pages/favourites"
import { ProductPage, Storefront } from "./pages/storefront"

test("in Arabic, a guest saves a product and follows its cooperative, signs up and finds both in the account's favourites", async ({ page }) => {
  const store = new Storefront(page)
  const product = new ProductPage(page)
  const favourites = new FavouritesPages(page)
  const account = new AccountPages(page)

  await store.open("/ar/categories/honey")
  await store.openFirst(store.productCards())
  await expect(page).toHaveURL(/\/ar\/products\//)
  const title = (await page.getByRole("heading", { level: 1 }).innerText()).trim()

  // The toggle is named in the page's language and says whether it is pressed.
  const save = page.getByRole("button", { name: "أضف إلى المفضلة" })
  await expect(save).toHaveAttribute("aria-pressed", "false")
  await save.click()
  await expect(favourites.productToggle()).toHaveAttribute("aria-pressed", "true")
  await expect(page).toHaveURL(/\/ar\/products\//)

  await product.cooperativeLink().click()
  await expect(page).toHaveURL(/\/ar\/cooperatives\/[a-z0-9-]+$/)
  const cooperativeName = (await page.getByRole("heading", { level: 1 }).innerText()).trim()
  await expect(favourites.cooperativeToggle()).toHaveAttribute("aria-pressed", "false")
  await page.getByRole("button", { name: "تابع" }).click()
  await expect(favourites.cooperativeToggle()).toHaveAttribute("aria-pressed", "true")
  // The saved product's card on the cooperative's page shows its heart pressed.
  const card = store.productCards().filter({ hasText: title })
  await expect(favourites.productToggle(card)).toHaveAttribute("aria-pressed", "true")
  await expect(favourites.productToggle(card)).toHaveAccessibleName(`أضف ${title} إلى المفضلة`)

  const customer = uniqueCustomer("سلمى", "الوزاني")
  await page.goto("/ar/account/register")
  await account.register(customer)
  await expect(page).toHaveURL(/\/ar\/account$/)

  await account.navLink("favourites").click()
  await expect(page).toHaveURL(/\/ar\/account\/favourites$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("المفضلة")
  await expect(favourites.savedProducts()).toHaveCount(1)
  await expect(favourites.savedProducts().first()).toContainText(title)
  await expect(favourites.followedCooperatives()).toHaveCount(1)
  await expect(favourites.followedCooperatives().first()).toContainText(cooperativeName)

  await favourites.removeFirstProduct()
  await expect(favourites.emptyProducts()).toBeVisible()
  await expect(favourites.followedCooperatives()).toHaveCount(1)
})

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false })

  test("in Arabic, the heart is a plain form: a guest saves and un-saves a product", async ({ page }) => {
    const store = new Storefront(page)
    const favourites = new FavouritesPages(page)

    await store.open("/ar/categories/honey")
    await store.openFirst(store.productCards())
    await expect(page).toHaveURL(/\/ar\/products\//)
    const productUrl = page.url()
    await expect(favourites.productToggle()).toHaveAttribute("aria-pressed", "false")
    await favourites.productToggle().click()
    await expect(page).toHaveURL(productUrl)
    await expect(favourites.productToggle()).toHaveAttribute("aria-pressed", "true")
    await favourites.productToggle().click()
    await expect(favourites.productToggle()).toHaveAttribute("aria-pressed", "false")
  })
})
