import type { Metadata } from "next"
import { getLocale, getTranslations } from "next-intl/server"
import { NotFoundContent } from "@/modules/common/components/not-found-content"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notFound")
  return { title: t("metaTitle") }
}

/** Rendered inside the locale layout for `notFound()` in a page: right language, right direction. */
export default async function LocaleNotFound() {
  const locale = await getLocale()
  return <NotFoundContent locale={locale} />
}
