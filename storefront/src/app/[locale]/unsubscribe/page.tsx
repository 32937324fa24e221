import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { unsubscribeDigest } from "@/lib/actions/favourites"
import { firstParam, pageLocale, type SearchParams } from "@/lib/params"
import { localePath } from "@/lib/paths"

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: "unsubscribe" })
  return { title: t("title"), robots: { index: false } }
}

/**
 * The weekly digest's unsubscribe link (`?token=`), no sign-in needed. One button confirms, so a
 * mail scanner opening the link unsubscribes nobody; `?done=1|0` shows the outcome.
 */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "unsubscribe" })
  const query = await searchParams
  const token = firstParam(query.token)
  const done = firstParam(query.done)
  return (
    <section className="account" aria-labelledby="unsubscribe-title">
      <h1 id="unsubscribe-title">{t("title")}</h1>
      {done === "1" ? (
        <p role="status" data-testid="unsubscribe-done">
          {t("done")}
        </p>
      ) : done === "0" ? (
        <p role="alert" data-testid="unsubscribe-failed">
          {t("failed")}
        </p>
      ) : token ? (
        <form action={unsubscribeDigest}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="token" value={token} />
          <p>{t("ask")}</p>
          <button type="submit" className="button" data-testid="unsubscribe-confirm">
            {t("confirm")}
          </button>
        </form>
      ) : (
        <p>{t("missing")}</p>
      )}
      <p>
        <Link href={localePath(locale)} prefetch={false}>
          {t("home")}
        </Link>
      </p>
    </section>
  )
}
