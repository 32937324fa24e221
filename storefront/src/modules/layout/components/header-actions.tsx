import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { Suspense } from "react"
import { getSessionToken } from "@/lib/cookies"
import { localePath } from "@/lib/paths"
import { CartLink, CartLinkView } from "@/modules/cart/components/cart-link"

function PersonIcon() {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="8" r="3.6" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M4.5 20c1.2-3.6 4-5.4 7.5-5.4s6.3 1.8 7.5 5.4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  )
}

/**
 * Account and cart links. Whether someone is signed in is read from the session cookie alone (no
 * request); the cart count streams in after the page shell, so no page waits for the cart.
 */
export async function HeaderActions({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "account" })
  const signedIn = !!(await getSessionToken())
  const accountLabel = signedIn ? t("title") : t("signInLink")
  return (
    <div className="header-actions">
      <Link
        href={localePath(locale, signedIn ? "/account" : "/account/login")}
        prefetch={false}
        className="header-action"
        data-testid="account-link"
        aria-label={accountLabel}
      >
        <PersonIcon />
        <span className="header-action__label" aria-hidden="true">
          {accountLabel}
        </span>
      </Link>
      <Suspense fallback={<CartLinkView locale={locale} count={null} />}>
        <CartLink locale={locale} />
      </Suspense>
    </div>
  )
}
