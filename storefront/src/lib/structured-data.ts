import type { StoreCooperative, StoreEdition } from "@tadamon/shared/contracts/store"
import { provinceName, regionName, regionOfProvince } from "@tadamon/shared/geography"
import type { Locale } from "@tadamon/shared/i18n"
import type { TadamonProduct } from "../types"
import { localePath } from "./paths"
import { localeUrl } from "./seo"
import { variantPrice } from "./util/prices"
import { productPhotos } from "./util/product-photos"
import { stockState } from "./util/stock"
import { variantLabel } from "./util/variants"

/**
 * Schema.org structured data (JSON-LD) of the public pages: a product and its offers, a cooperative,
 * a market edition, a breadcrumb trail. Pure; `JsonLd` (modules/common/components/json-ld.tsx)
 * writes it into the page. Unit-tested in test/seo.test.ts.
 */

export type JsonLdObject = { "@context"?: string; "@type": string } & Record<string, unknown>

const SCHEMA = "https://schema.org"
const COUNTRY = "MA"

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` are written as `\u003c`…,
 * which JSON reads back as the same characters, so no text (a `</script>` in a product's
 * description) can end the script or open a tag.
 */
export function serializeJsonLd(data: JsonLdObject | JsonLdObject[]): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`)
}

/** The `@id` of a cooperative's Organization, so a product's seller and its page name one thing. */
export function cooperativeId(origin: string, locale: Locale, handle: string): string {
  return `${localeUrl(origin, locale, `/cooperatives/${encodeURIComponent(handle)}`)}#organization`
}

export type BreadcrumbInput = { label: string; href?: string }

/** The trail the page shows (`Breadcrumbs`), its links made absolute; the current page has none. */
export function breadcrumbJsonLd(origin: string, items: readonly BreadcrumbInput[]): JsonLdObject {
  return {
    "@context": SCHEMA,
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.label,
      ...(item.href && index < items.length - 1 ? { item: `${origin.replace(/\/+$/, "")}${item.href}` } : {}),
    })),
  }
}

function postalAddress(locale: Locale, province: string, extra: Record<string, string | undefined> = {}): JsonLdObject {
  const region = regionOfProvince(province)
  return {
    "@type": "PostalAddress",
    ...Object.fromEntries(Object.entries(extra).filter(([, value]) => value)),
    addressLocality: extra.addressLocality ?? provinceName(province, locale) ?? province,
    ...(region ? { addressRegion: regionName(region.code, locale) } : {}),
    addressCountry: COUNTRY,
  }
}

/**
 * A product page: the product, one `Offer` per priced variant (MAD, in stock or not, the
 * cooperative as seller) and the cooperative as its brand.
 */
export function productJsonLd(origin: string, locale: Locale, product: TadamonProduct): JsonLdObject {
  const url = localeUrl(origin, locale, `/products/${encodeURIComponent(product.handle)}`)
  const cooperative = product.cooperative
  const seller = cooperative
    ? {
        "@type": "Organization",
        "@id": cooperativeId(origin, locale, cooperative.handle),
        name: cooperative.name,
        url: localeUrl(origin, locale, `/cooperatives/${encodeURIComponent(cooperative.handle)}`),
      }
    : undefined
  const offers = (product.variants ?? []).flatMap((variant) => {
    const price = variantPrice(variant)
    if (!price) {
      return []
    }
    return [
      {
        "@type": "Offer",
        name: variantLabel(variant) || undefined,
        sku: variant.sku || undefined,
        url: `${url}?variant=${encodeURIComponent(variant.id)}`,
        price: price.amount.toFixed(2),
        priceCurrency: price.currencyCode.toUpperCase(),
        availability: `${SCHEMA}/${stockState(variant).status === "out_of_stock" ? "OutOfStock" : "InStock"}`,
        itemCondition: `${SCHEMA}/NewCondition`,
        ...(seller ? { seller } : {}),
      },
    ]
  })
  const images = productPhotos(product)
  return {
    "@context": SCHEMA,
    "@type": "Product",
    "@id": `${url}#product`,
    name: product.title,
    url,
    ...(product.description || product.subtitle ? { description: product.description || product.subtitle } : {}),
    ...(images.length > 0 ? { image: images } : {}),
    ...(product.categories?.[0] ? { category: product.categories[0].name } : {}),
    ...(cooperative ? { brand: { "@type": "Brand", name: cooperative.name } } : {}),
    ...(offers.length > 0 ? { offers } : {}),
  }
}

/** A cooperative's page: the cooperative as an Organization (logo, story, founding year, place). */
export function cooperativeJsonLd(origin: string, locale: Locale, cooperative: StoreCooperative): JsonLdObject {
  return {
    "@context": SCHEMA,
    "@type": "Organization",
    "@id": cooperativeId(origin, locale, cooperative.handle),
    name: cooperative.name,
    url: localeUrl(origin, locale, `/cooperatives/${encodeURIComponent(cooperative.handle)}`),
    ...(cooperative.logo ? { logo: cooperative.logo, image: cooperative.logo } : {}),
    ...(cooperative.story ? { description: cooperative.story } : {}),
    ...(cooperative.founding_year ? { foundingDate: String(cooperative.founding_year) } : {}),
    address: postalAddress(locale, cooperative.province, { addressLocality: cooperative.commune || undefined }),
  }
}

/**
 * A market edition's page: an Event over its days (Moroccan calendar days), at its venue, organized
 * by the marketplace (`organizer` is the site's name in the page's language).
 */
export function editionJsonLd(
  origin: string,
  locale: Locale,
  edition: StoreEdition,
  { description, organizer }: { description?: string; organizer: string }
): JsonLdObject {
  return {
    "@context": SCHEMA,
    "@type": "Event",
    name: edition.name,
    url: localeUrl(origin, locale, `/markets/${encodeURIComponent(edition.handle)}`),
    ...(description ? { description } : {}),
    startDate: edition.starts_on,
    endDate: edition.ends_on,
    eventStatus: `${SCHEMA}/EventScheduled`,
    eventAttendanceMode: `${SCHEMA}/OfflineEventAttendanceMode`,
    location: {
      "@type": "Place",
      name: edition.venue,
      address: postalAddress(locale, edition.province, { streetAddress: edition.venue }),
    },
    organizer: { "@type": "Organization", name: organizer, url: `${origin.replace(/\/+$/, "")}${localePath(locale)}` },
  }
}
