import "server-only"
import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { queryString } from "./paths"
import { publicOrigin } from "./public-url"
import { pageMetadata, type PageSeo } from "./seo"

type PublicPage = Omit<PageSeo, "origin" | "siteName"> & {
  /** The query that makes the page another one (a directory's filters), kept in its canonical URL. */
  query?: Record<string, string | undefined>
  /** A listing's page: from 2, `?page=N` joins the URL and the title says which page. */
  page?: number
}

/**
 * A public page's `generateMetadata` answer: `pageMetadata` (lib/seo.ts) with the storefront's
 * public origin and the site's name in the page's language.
 */
export async function publicPageMetadata({ query, page = 1, ...seo }: PublicPage): Promise<Metadata> {
  const t = await getTranslations({ locale: seo.locale, namespace: "meta" })
  return pageMetadata({
    ...seo,
    path: `${seo.path}${queryString({ ...query, page: page > 1 ? page : undefined })}`,
    title: page > 1 ? t("paged", { title: seo.title, page }) : seo.title,
    origin: await publicOrigin(),
    siteName: t("siteName"),
  })
}
