import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { retrieveCustomer } from "@/lib/data/customer"
import { safeNextPath } from "@/lib/forms"
import { firstParam, pageLocale, type SearchParams } from "@/lib/params"
import { localePath } from "@/lib/paths"
import { RegisterTemplate } from "@/modules/account/templates/auth-templates"

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: "auth" })
  return { title: t("registerTitle"), robots: { index: false } }
}

export default async function RegisterPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  const next = safeNextPath(firstParam((await searchParams).next), locale, "") || undefined
  if (await retrieveCustomer()) {
    redirect(next ?? localePath(locale, "/account"))
  }
  return <RegisterTemplate locale={locale} next={next} />
}
