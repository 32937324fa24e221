import { TERMS_VERSION, WITHDRAWAL_DAYS } from "@tadamon/shared/contracts/store"
import { expect, test } from "@playwright/test"
import { LEGAL_PAGES, LegalPages, type LegalPageKey } from "./pages/legal"
import { PageHead, sitemapIndexLocations, sitemapUrls } from "./pages/seo"
import { Storefront } from "./pages/storefront"

const storefrontUrl = (process.env.STOREFRONT_URL ?? "http://localhost:8000").replace(/\/+$/, "")

const LOCALES = ["ar", "fr", "en"] as const
type Locale = (typeof LOCALES)[number]
const DIRECTION: Record<Locale, string> = { ar: "rtl", fr: "ltr", en: "ltr" }
const KEYS = Object.keys(LEGAL_PAGES) as LegalPageKey[]

/** Each page's title, in each language. */
const TITLES: Record<Locale, Record<LegalPageKey, string>> = {
  ar: { terms: "الشروط العامة للبيع", privacy: "سياسة حماية المعطيات الشخصية", notice: "البيانات القانونية", contact: "اتصل بنا" },
  fr: { terms: "Conditions générales de vente", privacy: "Politique de confidentialité", notice: "Mentions légales", contact: "Contact" },
  en: { terms: "Terms of sale", privacy: "Privacy notice", notice: "Legal notice", contact: "Contact" },
}

/** The withdrawal period as the terms state it. */
const WITHDRAWAL: Record<Locale, string> = {
  ar: `${WITHDRAWAL_DAYS} أيام من تاريخ التسليم`,
  fr: `${WITHDRAWAL_DAYS} jours à compter de la livraison`,
  en: `${WITHDRAWAL_DAYS} days from delivery`,
}

/** The CNDP paragraph: the declaration's reference when the storefront has one, otherwise that it is in progress. */
const CNDP_REFERENCE = process.env.TADAMON_CNDP_REFERENCE?.trim()
const CNDP_PENDING: Record<Locale, string> = {
  ar: "التصريح لدى اللجنة الوطنية قيد الإنجاز",
  fr: "La déclaration auprès de la CNDP est en cours",
  en: "The declaration to the CNDP is in progress",
}

const CONTACT_EMAIL = process.env.TADAMON_CONTACT_EMAIL?.trim() || "contact@tadamon.ma"

function pageUrl(locale: string, path: string): string {
  return `${storefrontUrl}/${locale}${path}`
}

for (const locale of LOCALES) {
  test(`a visitor in ${locale} opens the terms, the privacy notice, the legal notice and the contact page from the footer, in ${locale}`, async ({
    page,
  }) => {
    const store = new Storefront(page)
    const legal = new LegalPages(page)
    const head = new PageHead(page)

    await store.open(`/${locale}`)
    await expect(legal.footerLinks()).toHaveCount(KEYS.length)

    for (const key of KEYS) {
      const path = LEGAL_PAGES[key]
      await legal.openFromFooter(key)
      await expect(page).toHaveURL(pageUrl(locale, path))
      await expect(store.html()).toHaveAttribute("lang", locale)
      await expect(store.html()).toHaveAttribute("dir", DIRECTION[locale])
      await expect(legal.heading()).toHaveText(TITLES[locale][key])
      await expect(page).toHaveTitle(new RegExp(`^${TITLES[locale][key]}`))
      expect(await legal.sectionHeadings().count(), `${path}: sections under the title`).toBeGreaterThanOrEqual(4)

      await expect(head.canonical()).toHaveAttribute("href", pageUrl(locale, path))
      for (const other of LOCALES) {
        await expect(head.alternate(other)).toHaveAttribute("href", pageUrl(other, path))
      }
      await expect(head.alternate("x-default")).toHaveAttribute("href", pageUrl("ar", path))
      await expect(head.meta("description")).toHaveAttribute("content", /\S{3,}/)
    }

    // The last page opened is the contact page: Tadamon's email and phone, and the way to an order.
    await expect(legal.contactEmail()).toHaveText(CONTACT_EMAIL)
    await expect(legal.contactEmail()).toHaveAttribute("href", `mailto:${CONTACT_EMAIL}`)
    await expect(legal.contactPhone()).toHaveAttribute("href", /^tel:\+?\d{6,}$/)
    await expect(legal.orderLookupLink()).toHaveAttribute("href", `/${locale}/order/lookup`)
    await legal.orderLookupLink().click()
    await expect(page).toHaveURL(pageUrl(locale, "/order/lookup"))
  })

  test(`the terms in ${locale} show the version in force and the ${WITHDRAWAL_DAYS}-day right of withdrawal; the privacy notice shows the CNDP declaration`, async ({
    page,
  }) => {
    const legal = new LegalPages(page)

    await page.goto(`/${locale}${LEGAL_PAGES.terms}`)
    await expect(legal.termsVersion()).toContainText(TERMS_VERSION)
    await expect(legal.section("withdrawal")).toContainText(WITHDRAWAL[locale])
    await expect(legal.section("withdrawalHow")).toContainText(CONTACT_EMAIL)

    await page.goto(`/${locale}${LEGAL_PAGES.privacy}`)
    await expect(legal.cndpReference()).toContainText(CNDP_REFERENCE ?? CNDP_PENDING[locale])
  })
}

test("the terms in Arabic fit a 360 px phone, right to left, without scrolling sideways", async ({ page }) => {
  const legal = new LegalPages(page)
  const store = new Storefront(page)
  await page.setViewportSize({ width: 360, height: 780 })

  await page.goto(`/ar${LEGAL_PAGES.terms}`)
  await expect(store.html()).toHaveAttribute("dir", "rtl")
  await expect(legal.heading()).toHaveText(TITLES.ar.terms)
  await expect(legal.section("withdrawal")).toContainText(WITHDRAWAL.ar)
  expect(await legal.horizontalOverflow(), "pixels to scroll sideways").toBe(0)
})

test("the sitemap lists the legal pages and the contact page in every language, each with its alternates", async ({ request }) => {
  const indexResponse = await request.get("/sitemap.xml")
  expect(indexResponse.status()).toBe(200)
  const files = sitemapIndexLocations(await indexResponse.text())
  const urls = (await Promise.all(files.map(async (file) => sitemapUrls(await (await request.get(file)).text())))).flat()

  for (const key of KEYS) {
    const path = LEGAL_PAGES[key]
    const alternates = {
      ar: pageUrl("ar", path),
      fr: pageUrl("fr", path),
      en: pageUrl("en", path),
      "x-default": pageUrl("ar", path),
    }
    for (const locale of LOCALES) {
      const entry = urls.find((url) => url.loc === pageUrl(locale, path))
      expect(entry, `${pageUrl(locale, path)} in the sitemap`).toBeTruthy()
      expect(entry?.alternates).toEqual(alternates)
    }
  }
})
