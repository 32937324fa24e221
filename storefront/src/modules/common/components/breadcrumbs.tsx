import type { Locale } from "@tadamon/shared/i18n"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { publicOrigin } from "@/lib/public-url"
import { breadcrumbJsonLd } from "@/lib/structured-data"
import { JsonLd } from "./json-ld"

export type Crumb = { label: string; href?: string }

/** Trail of links; the last item is the current page. Search engines read it as a BreadcrumbList. */
export async function Breadcrumbs({ locale, items }: { locale: Locale; items: Crumb[] }) {
  const t = await getTranslations({ locale, namespace: "categories" })
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(await publicOrigin(), items)} />
      <nav className="breadcrumbs" aria-label={t("breadcrumb")}>
        <ol>
          {items.map((item, index) => (
            <li key={`${index}-${item.label}`}>
              {item.href && index < items.length - 1 ? (
                <Link prefetch={false} href={item.href}>{item.label}</Link>
              ) : (
                <span aria-current="page">{item.label}</span>
              )}
            </li>
          ))}
        </ol>
      </nav>
    </>
  )
}
