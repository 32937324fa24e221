import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { getCartSummary } from "@/lib/data/cart"
import { localePath } from "@/lib/paths"

function BagIcon() {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path
        d="M6 8h12l-1 12H7L6 8Zm3 0V6a3 3 0 0 1 6 0v2"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinejoin="round"
      />
    </svg>
  )
}

/** The header's cart link; `count` null while it is not known (streaming, or no backend). */
export async function CartLinkView({ locale, count }: { locale: Locale; count: number | null }) {
  const t = await getTranslations({ locale, namespace: "cart" })
  return (
    <Link
      href={localePath(locale, "/cart")}
      prefetch={false}
      className="header-action"
      data-testid="cart-link"
      data-count={count ?? undefined}
      aria-label={count === null ? t("link") : t("linkWithCount", { count })}
    >
      <BagIcon />
      <span className="header-action__label" aria-hidden="true">
        {t("link")}
      </span>
      {count ? (
        <span className="header-action__badge" aria-hidden="true" data-testid="cart-count">
          {count}
        </span>
      ) : null}
    </Link>
  )
}

/** The cart link with the number of items in the visitor's cart. */
export async function CartLink({ locale }: { locale: Locale }) {
  const summary = await getCartSummary(locale)
  return <CartLinkView locale={locale} count={summary?.itemCount ?? 0} />
}
