import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { retrieveCustomer } from "@/lib/data/customer"
import { safeNextPath } from "@/lib/forms"
import { firstParam, pageLocale, type SearchParams } from "@/lib/params"
import { localePath } from "@/lib/paths"
import { LoginTemplate } from "@/modules/account/templates/auth-templates"

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: "auth" })
  return { title: t("signInTitle"), robots: { index: false } }
}

export default async function LoginPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  const query = await searchParams
  const next = safeNextPath(firstParam(query.next), locale, "") || undefined
  if (await retrieveCustomer()) {
    redirect(next ?? localePath(locale, "/account"))
  }
  const t = await getTranslations({ locale, namespace: "auth" })
  const notice = firstParam(query.reset) === "done" ? t("passwordChanged") : undefined
  return <LoginTemplate locale={locale} next={next} notice={notice} email={firstParam(query.email)} />
}
