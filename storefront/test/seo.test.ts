/** What search engines and link previews read: URLs, alternates, metadata, robots rules, sitemaps, JSON-LD. */
import assert from "node:assert/strict"
import { describe, it } from "node:test"
import type { HttpTypes } from "@medusajs/types"
import type { StoreCooperative, StoreEdition } from "@tadamon/shared/contracts/store"
import { LOCALES } from "@tadamon/shared/i18n"
import { excerpt, languageAlternates, localeUrl, openGraphLocale, pageMetadata, PRIVATE_SECTIONS, robotsRules } from "../src/lib/seo"
import {
  PAGES_PER_SITEMAP,
  sitemapCount,
  sitemapEntries,
  sitemapFileUrl,
  sitemapIndexXml,
  sitemapRange,
  URLS_PER_SITEMAP,
} from "../src/lib/sitemap"
import {
  breadcrumbJsonLd,
  cooperativeJsonLd,
  editionJsonLd,
  productJsonLd,
  serializeJsonLd,
} from "../src/lib/structured-data"
import type { TadamonProduct } from "../src/types"
import { calculatedPrice, storeVariant } from "./fixtures"

const ORIGIN = "https://tadamon.ma"

describe("addresses", () => {
  it("makes a page's absolute URL in a locale, whatever the origin's trailing slash", () => {
    assert.equal(localeUrl(ORIGIN, "fr", "/products/miel"), "https://tadamon.ma/fr/products/miel")
    assert.equal(localeUrl(`${ORIGIN}/`, "ar", "/"), "https://tadamon.ma/ar")
    assert.equal(localeUrl(ORIGIN, "en", "/categories/honey?page=2"), "https://tadamon.ma/en/categories/honey?page=2")
  })

  it("lists the page in ar, fr and en, and Arabic as x-default", () => {
    assert.deepEqual(languageAlternates(ORIGIN, "/cooperatives/nahl-ouergha"), {
      ar: "https://tadamon.ma/ar/cooperatives/nahl-ouergha",
      fr: "https://tadamon.ma/fr/cooperatives/nahl-ouergha",
      en: "https://tadamon.ma/en/cooperatives/nahl-ouergha",
      "x-default": "https://tadamon.ma/ar/cooperatives/nahl-ouergha",
    })
  })

  it("writes Open Graph locales with an underscore", () => {
    assert.deepEqual(LOCALES.map(openGraphLocale), ["ar_MA", "fr_MA", "en_US"])
  })
})

describe("page metadata", () => {
  const metadata = pageMetadata({
    origin: ORIGIN,
    locale: "fr",
    path: "/products/miel",
    title: "Miel de thym",
    description: "Un miel de montagne.",
    siteName: "Tadamon",
    image: { url: "https://api.tadamon.ma/static/miel.jpg", alt: "Miel de thym, photo 1" },
  })

  it("gives the canonical URL and the alternates of the page itself", () => {
    assert.equal(metadata.alternates?.canonical, "https://tadamon.ma/fr/products/miel")
    assert.deepEqual(metadata.alternates?.languages, languageAlternates(ORIGIN, "/products/miel"))
  })

  it("fills Open Graph in the page's language, with the picture", () => {
    assert.deepEqual(metadata.openGraph, {
      type: "website",
      url: "https://tadamon.ma/fr/products/miel",
      title: "Miel de thym",
      description: "Un miel de montagne.",
      siteName: "Tadamon",
      locale: "fr_MA",
      alternateLocale: ["ar_MA", "en_US"],
      images: [{ url: "https://api.tadamon.ma/static/miel.jpg", alt: "Miel de thym, photo 1" }],
    })
  })

  it("uses a large Twitter card with a picture and a small one without", () => {
    assert.equal(metadata.twitter && "card" in metadata.twitter ? metadata.twitter.card : null, "summary_large_image")
    const plain = pageMetadata({ origin: ORIGIN, locale: "ar", path: "/", title: "السوق", siteName: "تضامن" })
    assert.equal(plain.twitter && "card" in plain.twitter ? plain.twitter.card : null, "summary")
    assert.equal(plain.openGraph && "images" in plain.openGraph ? plain.openGraph.images : "missing", undefined)
    assert.equal(plain.alternates?.canonical, "https://tadamon.ma/ar")
    const logo = pageMetadata({ origin: ORIGIN, locale: "en", path: "/cooperatives/x", title: "X", siteName: "Tadamon", image: { url: "https://a.ma/l.png", alt: "Logo", logo: true } })
    assert.equal(logo.twitter && "card" in logo.twitter ? logo.twitter.card : null, "summary")
    assert.deepEqual(logo.openGraph && "images" in logo.openGraph ? logo.openGraph.images : null, [{ url: "https://a.ma/l.png", alt: "Logo" }])
  })

  it("cuts a long text after a whole word, on one line", () => {
    assert.equal(excerpt("  Un   miel\n\nde montagne. "), "Un miel de montagne.")
    const long = `${"abeille ".repeat(40)}fin`
    const cut = excerpt(long) ?? ""
    assert.ok(cut.length <= 160, `${cut.length} characters`)
    assert.ok(cut.endsWith("abeille…"), cut)
    assert.equal(excerpt(""), undefined)
    assert.equal(excerpt(null), undefined)
  })
})

/** RFC 9309: the longest matching rule wins, `Allow` on a tie; `*` matches anything, `$` ends. */
function allowed(path: string, rules: { allow: string[]; disallow: string[] }): boolean {
  const matches = (rule: string) =>
    new RegExp(`^${rule.replace(/[.+?^{}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}`).test(path)
  const longest = (list: string[]) => Math.max(-1, ...list.filter(matches).map((rule) => rule.length))
  return longest(rules.allow) >= longest(rules.disallow)
}

describe("robots rules", () => {
  const rules = robotsRules()

  it("keeps crawlers out of the portal, accounts, checkout, cart and orders in every locale", () => {
    for (const locale of LOCALES) {
      for (const section of PRIVATE_SECTIONS) {
        assert.equal(allowed(`/${locale}/${section}`, rules), false, `/${locale}/${section}`)
      }
      for (const path of ["/coop/dashboard", "/coop/sign-in", "/account/orders", "/checkout?step=2", "/order/lookup", "/order/confirmed/TAD-1"]) {
        assert.equal(allowed(`/${locale}${path}`, rules), false, `/${locale}${path}`)
      }
    }
  })

  it("lets them read the catalog, the cooperatives (despite /coop) and the markets", () => {
    for (const locale of LOCALES) {
      for (const path of ["", "/categories/honey", "/products/thyme-honey-ghafsai", "/cooperatives", "/cooperatives/nahl-ouergha", "/markets/taounate-2026"]) {
        assert.equal(allowed(`/${locale}${path}`, rules), true, `/${locale}${path}`)
      }
    }
    assert.equal(allowed("/sitemap.xml", rules), true)
  })

  it("puts the Allow lines, longer than the Disallow they beat, first for first-match crawlers", () => {
    assert.ok(!rules.allow.includes("/"), "an Allow: / ahead would open everything to a first-match crawler")
    assert.ok(rules.allow.every((rule) => !rules.disallow.some((other) => other.startsWith(rule))))
  })
})

describe("sitemaps", () => {
  it("splits the pages so no file holds more than 5,000 addresses", () => {
    assert.equal(PAGES_PER_SITEMAP * LOCALES.length <= URLS_PER_SITEMAP, true)
    assert.equal(sitemapCount(0), 1)
    assert.equal(sitemapCount(PAGES_PER_SITEMAP), 1)
    assert.equal(sitemapCount(PAGES_PER_SITEMAP + 1), 2)
    assert.deepEqual(sitemapRange(0), { start: 0, end: PAGES_PER_SITEMAP })
    assert.deepEqual(sitemapRange(2), { start: 2 * PAGES_PER_SITEMAP, end: 3 * PAGES_PER_SITEMAP })
  })

  it("lists each page in every language with its alternates and x-default", () => {
    const entries = sitemapEntries(ORIGIN, [{ path: "/products/miel", lastModified: "2026-01-02T03:04:05.000Z" }, { path: "/" }])
    assert.deepEqual(
      entries.map((entry) => entry.url),
      [
        "https://tadamon.ma/ar/products/miel",
        "https://tadamon.ma/fr/products/miel",
        "https://tadamon.ma/en/products/miel",
        "https://tadamon.ma/ar",
        "https://tadamon.ma/fr",
        "https://tadamon.ma/en",
      ]
    )
    assert.deepEqual(entries[1].alternates?.languages, languageAlternates(ORIGIN, "/products/miel"))
    assert.equal(entries[1].lastModified, "2026-01-02T03:04:05.000Z")
    assert.equal("lastModified" in entries[3], false)
  })

  it("writes the index of the files, escaped", () => {
    const xml = sitemapIndexXml([sitemapFileUrl(`${ORIGIN}/`, 0), "https://x.ma/s?a=1&b=2"])
    assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<sitemapindex xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/)
    assert.ok(xml.includes("<loc>https://tadamon.ma/sitemaps/sitemap/0.xml</loc>"))
    assert.ok(xml.includes("<loc>https://x.ma/s?a=1&#38;b=2</loc>"))
  })
})

const priced = (amount: number) => calculatedPrice(amount)
const variant = (overrides: Partial<HttpTypes.StoreProductVariant>) =>
  storeVariant({ variant_rank: 0, options: [], calculated_price: priced(120), ...overrides })

const PRODUCT = {
  id: "prod_1",
  handle: "thyme-honey",
  title: "Miel de thym </script><script>alert(1)</script>",
  subtitle: null,
  description: "Récolté à Ghafsai.",
  thumbnail: "https://api.tadamon.ma/static/thumb.jpg",
  images: [
    { id: "img_2", url: "https://api.tadamon.ma/static/2.jpg", rank: 1 },
    { id: "img_1", url: "https://api.tadamon.ma/static/1.jpg", rank: 0 },
  ],
  categories: [{ id: "pcat_1", name: "Miel", handle: "honey" }],
  variants: [
    variant({ id: "variant_1", options: [{ id: "o", value: "500 g" }] as HttpTypes.StoreProductVariant["options"] }),
    variant({ id: "variant_2", inventory_quantity: 0, calculated_price: priced(85.5) }),
    variant({ id: "variant_3", calculated_price: undefined }),
  ],
  cooperative: { id: "coop_1", handle: "nahl-ouergha", name: "Coopérative apicole de l'Ouergha" },
} as unknown as TadamonProduct

describe("structured data", () => {
  it("serializes so that no text closes the script, and parses back to the same data", () => {
    const data = productJsonLd(ORIGIN, "fr", PRODUCT)
    const text = serializeJsonLd(data)
    assert.equal(/[<>&]/.test(text), false, text)
    assert.ok(text.includes("\\u003c/script\\u003e"))
    assert.deepEqual(JSON.parse(text), JSON.parse(JSON.stringify(data)))
  })

  it("describes a product with an Offer per priced variant in MAD, the cooperative as brand and seller", () => {
    const data = productJsonLd(ORIGIN, "fr", PRODUCT)
    assert.equal(data["@type"], "Product")
    assert.equal(data.url, "https://tadamon.ma/fr/products/thyme-honey")
    assert.deepEqual(data.image, ["https://api.tadamon.ma/static/1.jpg", "https://api.tadamon.ma/static/2.jpg"])
    assert.deepEqual(data.brand, { "@type": "Brand", name: "Coopérative apicole de l'Ouergha" })
    assert.equal(data.category, "Miel")
    const offers = data.offers as Record<string, unknown>[]
    assert.equal(offers.length, 2)
    assert.deepEqual(
      offers.map((offer) => [offer.price, offer.priceCurrency, offer.availability]),
      [
        ["120.00", "MAD", "https://schema.org/InStock"],
        ["85.50", "MAD", "https://schema.org/OutOfStock"],
      ]
    )
    assert.equal(offers[0].url, "https://tadamon.ma/fr/products/thyme-honey?variant=variant_1")
    assert.deepEqual(offers[0].seller, {
      "@type": "Organization",
      "@id": "https://tadamon.ma/fr/cooperatives/nahl-ouergha#organization",
      name: "Coopérative apicole de l'Ouergha",
      url: "https://tadamon.ma/fr/cooperatives/nahl-ouergha",
    })
  })

  it("leaves out offers when no variant has a price", () => {
    const data = productJsonLd(ORIGIN, "ar", { ...PRODUCT, variants: [variant({ calculated_price: undefined })] })
    assert.equal("offers" in data, false)
  })

  it("describes a cooperative as an Organization with its logo and place", () => {
    const cooperative: StoreCooperative = {
      id: "coop_1",
      handle: "nahl-ouergha",
      name: "Ouergha Beekeepers' Cooperative",
      legal_registration_number: "DEMO-TAO-001",
      region: "03",
      province: "taounate",
      commune: "Ghafsai",
      sector: "honey",
      founding_year: 2012,
      member_count: 18,
      women_member_count: 5,
      story: "Founded by beekeepers.",
      logo: "https://api.tadamon.ma/static/logo.png",
      contact_phone: null,
      contact_email: null,
    }
    const data = cooperativeJsonLd(ORIGIN, "en", cooperative)
    assert.equal(data["@type"], "Organization")
    assert.equal(data["@id"], "https://tadamon.ma/en/cooperatives/nahl-ouergha#organization")
    assert.equal(data.logo, "https://api.tadamon.ma/static/logo.png")
    assert.equal(data.foundingDate, "2012")
    assert.deepEqual(data.address, {
      "@type": "PostalAddress",
      addressLocality: "Ghafsai",
      addressRegion: "Fez-Meknes",
      addressCountry: "MA",
    })
  })

  it("describes a market edition as an Event at its venue", () => {
    const edition: StoreEdition = {
      id: "ed_1",
      handle: "taounate-2026",
      name: "Mobile Market – Taounate",
      province: "taounate",
      venue: "The square beside the Great Mosque, Taounate",
      starts_on: "2026-12-19",
      ends_on: "2026-12-26",
      status: "upcoming",
      participant_count: 0,
      program: [],
      participants: [],
    }
    const data = editionJsonLd(ORIGIN, "en", edition, { description: "19–26 December 2026", organizer: "Tadamon" })
    assert.equal(data["@type"], "Event")
    assert.equal(data.startDate, "2026-12-19")
    assert.equal(data.endDate, "2026-12-26")
    assert.deepEqual(data.location, {
      "@type": "Place",
      name: "The square beside the Great Mosque, Taounate",
      address: {
        "@type": "PostalAddress",
        streetAddress: "The square beside the Great Mosque, Taounate",
        addressLocality: "Taounate",
        addressRegion: "Fez-Meknes",
        addressCountry: "MA",
      },
    })
    assert.deepEqual(data.organizer, { "@type": "Organization", name: "Tadamon", url: "https://tadamon.ma/en" })
  })

  it("turns the visible trail into a BreadcrumbList, the current page without a link", () => {
    const data = breadcrumbJsonLd(ORIGIN, [
      { label: "Accueil", href: "/fr" },
      { label: "Miel", href: "/fr/categories/honey" },
      { label: "Miel de thym" },
    ])
    assert.deepEqual(data.itemListElement, [
      { "@type": "ListItem", position: 1, name: "Accueil", item: "https://tadamon.ma/fr" },
      { "@type": "ListItem", position: 2, name: "Miel", item: "https://tadamon.ma/fr/categories/honey" },
      { "@type": "ListItem", position: 3, name: "Miel de thym" },
    ])
  })
})
