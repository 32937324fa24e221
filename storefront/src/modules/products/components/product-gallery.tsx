import type { Locale } from "@tadamon/shared/i18n"
import { getTranslations } from "next-intl/server"
import { productPhotos } from "@/lib/util/product-photos"
import { CatalogImage } from "@/modules/common/components/catalog-image"
import type { TadamonProduct } from "@/types"

/** Main photo (the page's LCP element) and the others below it; plain images, no script. */
export async function ProductGallery({ locale, product }: { locale: Locale; product: TadamonProduct }) {
  const t = await getTranslations({ locale, namespace: "products" })
  const [main, ...rest] = productPhotos(product)

  if (!main) {
    return (
      <div className="gallery">
        <div className="media-box gallery__main">
          <span className="media-box__empty">{t("noImage")}</span>
        </div>
      </div>
    )
  }

  return (
    <div className="gallery">
      <div className="media-box gallery__main">
        <CatalogImage
          src={main}
          alt={t("imageAlt", { title: product.title, number: 1 })}
          sizes="(min-width: 900px) 560px, 100vw"
          priority
        />
      </div>
      {rest.length > 0 ? (
        <ul className="gallery__thumbs" role="list">
          {rest.map((url, index) => (
            <li key={`${index}-${url}`} className="media-box">
              <CatalogImage
                src={url}
                alt={t("imageAlt", { title: product.title, number: index + 2 })}
                sizes="(min-width: 900px) 180px, 33vw"
              />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
