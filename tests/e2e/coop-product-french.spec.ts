import { expect, test } from "@playwright/test"
import { CoopPortal, tinyPng, uniqueSuffix } from "./pages/coop"
import { createApprovedCooperative } from "./pages/coop-setup"

test("in French, an approved cooperative adds a product with a photo and stock; it waits for review", async ({ page, request }) => {
  const cooperative = await createApprovedCooperative(request, "Zarabi")
  const portal = new CoopPortal(page)
  const id = uniqueSuffix()

  // The portal asks for sign-in, then comes back where it was asked.
  await page.goto("/fr/coop/products")
  await expect(page).toHaveURL(/\/fr\/coop\/sign-in\?next=/)
  const form = page.getByTestId("coop-sign-in-form")
  await form.locator('[name="email"]').fill(cooperative.email)
  await form.locator('[name="password"]').fill(cooperative.password)
  await page.getByTestId("coop-sign-in-submit").click()
  await expect(page).toHaveURL(/\/fr\/coop\/products$/)
  await expect(portal.statusBanner()).toHaveCount(0)

  await portal.openNewProduct()
  await expect(page).toHaveURL(/\/fr\/coop\/products\/new$/)
  const titleFr = `Petit tapis de Tissa ${id}`
  await portal.fillProduct({
    title_ar: `زربية صغيرة من تيسة ${id}`,
    title_fr: titleFr,
    description_fr: "Tissé à la main en laine de mouton, teintures naturelles.",
    option_title: "Taille",
    variants: [
      { value: "60 × 90 cm", price: "450", stock: "5" },
      { value: "120 × 180 cm", price: "1200,50", stock: "2" },
    ],
    images: [tinyPng("tapis.png")],
  })
  await expect(portal.imagePreviews()).toHaveCount(1)
  await portal.submitForReview()

  await expect(page).toHaveURL(/\/fr\/coop\/products\?saved=/)
  await expect(portal.savedNotice()).toContainText("en attente de vérification")
  const product = portal.product(`زربية صغيرة من تيسة ${id}`)
  await expect(portal.productStatus(product)).toHaveAttribute("data-status", "proposed")
  await expect(portal.productStatus(product)).toHaveText("En attente de vérification")
  await expect(portal.stockInput(product)).toHaveCount(2)
  await expect(portal.stockInput(product).first()).toHaveValue("5")
  // Two units left: the larger rug is low on stock.
  await expect(product.getByTestId("low-stock")).toHaveCount(1)
  await expect(product.locator("img")).toHaveCount(1)

  // The dashboard counts it among the products awaiting review.
  await portal.nav("dashboard").click()
  await expect(portal.todo("awaiting-review")).toHaveAttribute("data-count", "1")
})
