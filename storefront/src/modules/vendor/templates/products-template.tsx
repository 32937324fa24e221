import { LOW_STOCK_THRESHOLD, VENDOR_PRODUCT_STATUSES, type VendorProductStatus, type VendorProductSummary } from "@tadamon/shared/contracts/vendor"
import type { Locale } from "@tadamon/shared/i18n"
import { formatPrice } from "@tadamon/shared/money"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { archiveProduct, setProductStatus, updateStock } from "@/lib/actions/vendor-catalog"
import { localePath, queryString } from "@/lib/paths"
import { ActionForm, FormMessage, SubmitButton } from "@/modules/common/components/action-form"
import { CatalogImage } from "@/modules/common/components/catalog-image"
import { TextField } from "@/modules/common/components/form-fields"
import { Pagination } from "@/modules/common/components/pagination"
import { ProductStatusChip } from "../components/product-status"

type Props = {
  locale: Locale
  products: VendorProductSummary[]
  count: number
  status?: VendorProductStatus
  page: number
  totalPages: number
  /** The product just saved (`?saved=`), to say what happens next. */
  saved?: VendorProductSummary | null
  readOnly: boolean
  cooperativeApproved: boolean
}

/** One variant's stock, updated in place. */
async function StockForm({ locale, product, variant, readOnly }: { locale: Locale; product: VendorProductSummary; variant: VendorProductSummary["variants"][number]; readOnly: boolean }) {
  const t = await getTranslations({ locale, namespace: "vendorProducts" })
  const available = Math.max(variant.stock - variant.reserved, 0)
  return (
    <li className="stock-row" data-testid="variant-stock" data-variant-id={variant.id} data-low-stock={variant.low_stock || undefined}>
      <div className="stock-row__info">
        <strong dir="auto">{variant.option_value ?? variant.title}</strong>
        {variant.price !== null ? <span className="card__meta"> · {formatPrice(variant.price, locale)}</span> : null}
        <p className="card__meta">
          {t("stockState", { stock: variant.stock, reserved: variant.reserved })}
          {variant.low_stock ? (
            <span className="vendor-badge vendor-badge--warning" data-testid="low-stock">
              {available === 0 ? t("outOfStock") : t("lowStock", { count: available })}
            </span>
          ) : null}
        </p>
      </div>
      <ActionForm action={updateStock} className="stock-row__form" testId="stock-form">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="product_id" value={product.id} />
        <input type="hidden" name="variant_id" value={variant.id} />
        <TextField
          idPrefix={`stock-${variant.id}-`}
          name="quantity"
          label={t("stockFor", { variant: variant.option_value ?? variant.title })}
          defaultValue={String(variant.stock)}
          inputMode="numeric"
          dir="ltr"
          maxLength={6}
        />
        <SubmitButton className="button button--small button--ghost" testId="stock-save" pendingLabel={t("saving")} disabled={readOnly}>
          {t("updateStock")}
        </SubmitButton>
        <FormMessage testId="stock-message" />
      </ActionForm>
    </li>
  )
}

async function ProductCard({ locale, product, readOnly }: { locale: Locale; product: VendorProductSummary; readOnly: boolean }) {
  const t = await getTranslations({ locale, namespace: "vendorProducts" })
  const unpublishable = product.status === "published" || product.status === "proposed"
  const editHref = localePath(locale, `/coop/products/${product.id}`)
  return (
    <li className="vendor-card vendor-product" data-testid="coop-product" data-product-id={product.id} data-status={product.status}>
      <div className="vendor-product__head">
        <div className="media-box vendor-product__media">
          {product.thumbnail ? (
            <CatalogImage src={product.thumbnail} alt="" sizes="5rem" />
          ) : (
            <span className="media-box__empty" aria-hidden="true">
              {product.title.slice(0, 1)}
            </span>
          )}
        </div>
        <div>
          <h2 className="vendor-product__title">
            <Link href={editHref} prefetch={false} dir="auto" data-testid="coop-product-title">
              {product.title}
            </Link>
          </h2>
          <p className="vendor-chips">
            <ProductStatusChip locale={locale} status={product.status} />
            {product.low_stock ? <span className="vendor-badge vendor-badge--warning">{t("lowStockProduct")}</span> : null}
          </p>
        </div>
      </div>
      {product.status === "rejected" && product.review?.reason ? (
        <p className="vendor-note vendor-note--error" data-testid="product-rejection">
          <strong>{t("rejectedBecause")}</strong> <span dir="auto">{product.review.reason}</span>
        </p>
      ) : null}
      <ul role="list" className="stock-rows" aria-label={t("stockLabel", { product: product.title })}>
        {product.variants.map((variant) => (
          <StockForm key={variant.id} locale={locale} product={product} variant={variant} readOnly={readOnly} />
        ))}
      </ul>
      <div className="vendor-product__actions">
        <Link className="button button--small" href={editHref} prefetch={false} data-testid="coop-product-edit">
          {t("edit")}
        </Link>
        <ActionForm action={setProductStatus} className="inline-form">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="product_id" value={product.id} />
          <input type="hidden" name="status" value={unpublishable ? "draft" : "proposed"} />
          <SubmitButton className="button button--small button--ghost" testId={unpublishable ? "product-unpublish" : "product-submit-review"} disabled={readOnly} pendingLabel={t("saving")}>
            {unpublishable ? t("unpublish") : t("submitForReview")}
          </SubmitButton>
          <FormMessage />
        </ActionForm>
        <details className="vendor-more">
          <summary>{t("more")}</summary>
          <ActionForm action={archiveProduct} className="inline-form">
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="product_id" value={product.id} />
            <p className="field__hint">{t("archiveHint")}</p>
            <SubmitButton className="button button--small button--danger" testId="product-archive" disabled={readOnly} pendingLabel={t("saving")}>
              {t("archive")}
            </SubmitButton>
            <FormMessage />
          </ActionForm>
        </details>
      </div>
    </li>
  )
}

/** `/coop/products`: the cooperative's products by status, stock updated in place. */
export async function ProductsTemplate({ locale, products, count, status, page, totalPages, saved, readOnly, cooperativeApproved }: Props) {
  const t = await getTranslations({ locale, namespace: "vendorProducts" })
  const base = localePath(locale, "/coop/products")
  const filters: { id: VendorProductStatus | "all"; href: string }[] = [
    { id: "all", href: base },
    ...VENDOR_PRODUCT_STATUSES.map((id) => ({ id, href: `${base}${queryString({ status: id })}` })),
  ]
  return (
    <section className="vendor-page" aria-labelledby="products-title">
      <div className="vendor-page__header">
        <h1 id="products-title">{t("title")}</h1>
        <Link className="button" href={localePath(locale, "/coop/products/new")} prefetch={false} data-testid="product-new" aria-disabled={readOnly || undefined}>
          {t("add")}
        </Link>
      </div>
      {saved ? (
        <p className="form-message form-message--success" role="status" data-testid="product-saved">
          {saved.status === "proposed" ? t("savedProposed", { title: saved.title }) : t("saved", { title: saved.title })}
          {!cooperativeApproved ? ` ${t("savedPendingCooperative")}` : ""}
        </p>
      ) : null}
      <p className="card__meta">{t("lowStockExplained", { threshold: LOW_STOCK_THRESHOLD })}</p>
      <nav aria-label={t("filtersLabel")} className="vendor-tabs">
        <ul role="list">
          {filters.map((filter) => (
            <li key={filter.id}>
              <Link
                href={filter.href}
                prefetch={false}
                className="chip"
                aria-current={(status ?? "all") === filter.id ? "page" : undefined}
                data-testid={`product-filter-${filter.id}`}
              >
                {filter.id === "all" ? t("filterAll") : t(`status.${filter.id}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="card__meta" role="status">
        {t("count", { count })}
      </p>
      {products.length === 0 ? (
        <p className="empty" data-testid="products-empty">
          {status ? t("emptyFilter") : t("empty")}
        </p>
      ) : (
        <ul role="list" className="vendor-cards">
          {products.map((product) => (
            <ProductCard key={product.id} locale={locale} product={product} readOnly={readOnly} />
          ))}
        </ul>
      )}
      <Pagination locale={locale} page={page} totalPages={totalPages} path={base} query={{ status }} />
    </section>
  )
}
