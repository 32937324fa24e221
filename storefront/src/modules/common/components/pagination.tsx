import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { queryString } from "@/lib/paths"

type Props = {
  locale: Locale
  page: number
  totalPages: number
  /** The listing's path, e.g. `/ar/categories/honey`. */
  path: string
  /** Other query values to keep (filters). */
  query?: Record<string, string | undefined>
}

/** Previous / next links (`?page=N`); page 1 has no `page` parameter. */
export async function Pagination({ locale, page, totalPages, path, query = {} }: Props) {
  if (totalPages <= 1) {
    return null
  }
  const t = await getTranslations({ locale, namespace: "pagination" })
  const href = (target: number) => `${path}${queryString({ ...query, page: target > 1 ? target : undefined })}`

  return (
    <nav className="pagination" aria-label={t("label")}>
      {page > 1 ? (
        <Link className="button button--ghost" prefetch={false} href={href(page - 1)} rel="prev" data-testid="pagination-prev">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <p className="pagination__status" aria-current="page">
        {t("status", { page, total: totalPages })}
      </p>
      {page < totalPages ? (
        <Link className="button button--ghost" prefetch={false} href={href(page + 1)} rel="next" data-testid="pagination-next">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}

/** Page count for a total and a page size (at least 1). */
export function totalPagesOf(count: number, pageSize: number): number {
  return Math.max(1, Math.ceil(count / pageSize))
}
