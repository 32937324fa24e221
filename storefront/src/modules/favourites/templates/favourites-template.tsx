import type { StoreFavouritesResponse } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { toggleFavourite } from "@/lib/actions/favourites"
import { localePath } from "@/lib/paths"
import { AccountNav } from "@/modules/account/components/account-nav"
import { CatalogImage } from "@/modules/common/components/catalog-image"
import "../favourites.css"

type Props = { locale: Locale; favourites: StoreFavouritesResponse }

/** A "remove" form for one saved item (plain form post, back to this page). */
async function RemoveButton({ locale, kind, id, label }: { locale: Locale; kind: "product" | "cooperative"; id: string; label: string }) {
  return (
    <form action={toggleFavourite}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="saved" value="false" />
      <input type="hidden" name="return" value={localePath(locale, "/account/favourites")} />
      <button type="submit" className="button-link" data-testid={`favourites-remove-${kind}`}>
        {label}
      </button>
    </form>
  )
}

/** The account's favourites: saved products, then followed cooperatives, newest first. */
export async function FavouritesTemplate({ locale, favourites }: Props) {
  const t = await getTranslations({ locale, namespace: "favourites" })
  return (
    <section className="account favourites" aria-labelledby="favourites-title">
      <h1 id="favourites-title">{t("title")}</h1>
      <AccountNav locale={locale} current="favourites" />
      <p>{t("intro")}</p>

      <section className="favourites__section" aria-labelledby="favourite-products-title">
        <h2 id="favourite-products-title">{t("productsTitle")}</h2>
        {favourites.products.length === 0 ? (
          <p className="empty" data-testid="favourite-products-empty">
            {t("noProducts")}{" "}
            <Link href={localePath(locale, "/products")} prefetch={false}>
              {t("browseProducts")}
            </Link>
          </p>
        ) : (
          <ul role="list" className="favourites__list">
            {favourites.products.map((product) => (
              <li key={product.id} className="favourites__item" data-testid="favourites-item-product">
                <span className="favourites__thumb">
                  {product.thumbnail ? <CatalogImage src={product.thumbnail} alt="" sizes="64px" /> : null}
                </span>
                <span className="favourites__name">
                  <Link href={localePath(locale, `/products/${product.handle}`)} prefetch={false}>
                    {product.title}
                  </Link>
                  {product.cooperative ? <span className="card__meta"> — {t("madeBy", { name: product.cooperative.name })}</span> : null}
                </span>
                <RemoveButton locale={locale} kind="product" id={product.id} label={t("remove", { name: product.title })} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="favourites__section" aria-labelledby="favourite-cooperatives-title">
        <h2 id="favourite-cooperatives-title">{t("cooperativesTitle")}</h2>
        {favourites.cooperatives.length === 0 ? (
          <p className="empty" data-testid="favourite-cooperatives-empty">
            {t("noCooperatives")}{" "}
            <Link href={localePath(locale, "/cooperatives")} prefetch={false}>
              {t("browseCooperatives")}
            </Link>
          </p>
        ) : (
          <ul role="list" className="favourites__list">
            {favourites.cooperatives.map((cooperative) => (
              <li key={cooperative.id} className="favourites__item" data-testid="favourites-item-cooperative">
                <span className="favourites__name">
                  <Link href={localePath(locale, `/cooperatives/${cooperative.handle}`)} prefetch={false}>
                    {cooperative.name}
                  </Link>
                </span>
                <RemoveButton locale={locale} kind="cooperative" id={cooperative.id} label={t("unfollow", { name: cooperative.name })} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  )
}
