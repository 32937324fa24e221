import { expect, test } from "@playwright/test"
import { CoopPortal, CoopPublicPages, nextYear, tinyPng, uniqueSuffix } from "./pages/coop"

test("in Arabic, a honey cooperative applies with its sanitary authorisation and sees that its application is being reviewed", async ({ page }) => {
  const pages = new CoopPublicPages(page)
  const portal = new CoopPortal(page)
  const id = uniqueSuffix()

  // From the storefront's footer to the portal's landing, then the application.
  await page.goto("/ar")
  await page.getByTestId("coop-space-link").click()
  await expect(page).toHaveURL(/\/ar\/coop$/)
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl")
  await pages.applyLink().click()
  await expect(page).toHaveURL(/\/ar\/coop\/apply$/)

  const application = {
    first_name: "خديجة",
    last_name: "العلوي",
    email: `apply-${id}@tadamon.test`,
    password: `apply-${id}-password`,
    name: `تعاونية عسل الأمل ${id}`,
    name_fr: `Coopérative Miel Al Amal ${id}`,
    registration: `APP-${id}`,
    sector: "honey",
    region: "03",
    province: "taounate",
    commune: "غفساي",
    founding_year: "2015",
    member_count: "12",
    women_member_count: "9",
    contact_phone: "0612345678",
    story: "تعاونية نسائية تربي النحل في جبال غفساي وتبيع عسل الزعتر والخروب.",
    sanitary: { number: `ONSSA-${id}`, valid_until: nextYear(), file: tinyPng("onssa.png") },
  }

  // A food sector without its sanitary authorisation is refused, next to the document's section.
  await pages.fillApplication({ ...application, sanitary: undefined })
  await pages.submitApplication()
  await expect(pages.applyMessage()).toHaveAttribute("data-status", "error")
  await expect(page.getByTestId("apply-document-sanitary").getByTestId("field-error")).toBeVisible()
  // What was typed is still there.
  await expect(pages.input("cooperative.name")).toHaveValue(application.name)

  await pages.input("password").fill(application.password)
  await pages.input("sanitary.number").fill(application.sanitary.number)
  await pages.input("sanitary.valid_until").fill(application.sanitary.valid_until)
  await page.getByTestId("apply-sanitary-file").setInputFiles(application.sanitary.file)
  await pages.submitApplication()

  // Signed in as the new cooperative's owner, on a dashboard that says the application is being reviewed.
  await expect(page).toHaveURL(/\/ar\/coop\/dashboard$/)
  await expect(portal.statusBanner()).toHaveAttribute("data-status", "pending")
  await expect(portal.statusBanner()).toContainText("نحن بصدد دراسة طلبكم")
  await expect(portal.cooperativeName()).toHaveText(application.name)

  // The documents page lists the authorisation, waiting for the organizers.
  await portal.nav("documents").click()
  const sanitary = page.getByTestId("document").filter({ hasText: application.sanitary.number })
  await expect(sanitary).toHaveAttribute("data-status", "pending")
  // Its file is private: the portal hands it to the signed-in member only.
  const fileUrl = (await sanitary.getByTestId("document-open").getAttribute("href")) ?? ""
  const opened = await page.request.get(fileUrl)
  expect([opened.status(), opened.headers()["content-type"]]).toEqual([200, "image/png"])
  expect((await opened.body()).equals(application.sanitary.file.buffer)).toBe(true)

  // Signing out ends the portal session only.
  await portal.signOut()
  await expect(page).toHaveURL(/\/ar\/coop$/)
  await page.goto("/ar/coop/dashboard")
  await expect(page).toHaveURL(/\/ar\/coop\/sign-in/)
  expect((await page.request.get(fileUrl, { maxRedirects: 0 })).headers()["location"]).toMatch(/\/ar\/coop\/sign-in/)
})
