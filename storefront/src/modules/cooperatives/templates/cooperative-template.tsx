import type { StoreCooperativeResponse, StoreSearchFacets } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import { getTranslations } from "next-intl/server"
import { localePath } from "@/lib/paths"
import type { CatalogSearch } from "@/lib/search-params"
import { publicOrigin } from "@/lib/public-url"
import { cooperativeJsonLd } from "@/lib/structured-data"
import { Breadcrumbs } from "@/modules/common/components/breadcrumbs"
import { JsonLd } from "@/modules/common/components/json-ld"
import { Paragraphs } from "@/modules/common/components/paragraphs"
import { ProductGrid } from "@/modules/products/components/product-grid"
import { SearchFilters } from "@/modules/search/components/search-filters"
import { FavouriteButton } from "@/modules/favourites/components/favourite-button"
import { CooperativeRating } from "@/modules/reviews/components/cooperative-rating"
import { CooperativeFigures } from "../components/cooperative-figures"
import { CooperativeLogo } from "../components/cooperative-logo"
import { SellerDetails } from "../components/seller-details"

type Props = { locale: Locale; search: CatalogSearch; facets: StoreSearchFacets } & StoreCooperativeResponse

export async function CooperativeTemplate({ locale, cooperative, products, search, facets }: Props) {
  const t = await getTranslations({ locale, namespace: "cooperatives" })
  const nav = await getTranslations({ locale, namespace: "nav" })
  const sectors = await getTranslations({ locale, namespace: "sectors" })

  return (
    <article className="cooperative">
      <JsonLd data={cooperativeJsonLd(await publicOrigin(), locale, cooperative)} />
      <Breadcrumbs
        locale={locale}
        items={[
          { label: nav("home"), href: localePath(locale) },
          { label: nav("cooperatives"), href: localePath(locale, "/cooperatives") },
          { label: cooperative.name },
        ]}
      />
      <header className="cooperative__header">
        <CooperativeLogo
          name={cooperative.name}
          logo={cooperative.logo}
          alt={t("logoAlt", { name: cooperative.name })}
          sizes="120px"
          priority
        />
        <div>
          <p className="eyebrow">{sectors(cooperative.sector)}</p>
          <h1>{cooperative.name}</h1>
          <FavouriteButton
            locale={locale}
            kind="cooperative"
            id={cooperative.id}
            name={cooperative.name}
            variant="labelled"
            returnPath={localePath(locale, `/cooperatives/${cooperative.handle}`)}
          />
        </div>
      </header>
      <CooperativeRating locale={locale} cooperativeId={cooperative.id} />
      <CooperativeFigures cooperative={cooperative} locale={locale} />
      {cooperative.story ? (
        <section className="cooperative__story" aria-labelledby="story-title">
          <h2 id="story-title">{t("storyTitle")}</h2>
          <Paragraphs text={cooperative.story} className="prose" />
        </section>
      ) : null}
      {cooperative.seller ? <SellerDetails locale={locale} seller={cooperative.seller} id="cooperative-seller-title" /> : null}
      <section aria-labelledby="coop-products-title">
        <h2 id="coop-products-title">{t("productsTitle")}</h2>
        <div className="search-page__body">
          <SearchFilters
            locale={locale}
            search={search}
            facets={facets}
            action={localePath(locale, `/cooperatives/${encodeURIComponent(cooperative.handle)}`)}
            fixed="cooperative"
          />
          {products.length > 0 ? (
            <ProductGrid products={products} locale={locale} />
          ) : (
            <p className="empty">{t("noProducts")}</p>
          )}
        </div>
      </section>
    </article>
  )
}
