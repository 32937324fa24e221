import { cooperativeReadOnly } from "@tadamon/shared/contracts/store"
import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { requireMember } from "@/lib/data/vendor"
import { listVendorDocuments } from "@/lib/data/vendor-catalog"
import { pageLocale } from "@/lib/params"
import { DocumentsTemplate } from "@/modules/vendor/templates/documents-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: "vendorDocuments" })
  return { title: t("title"), robots: { index: false } }
}

export default async function VendorDocumentsPage({ params }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  const me = await requireMember(locale, "/coop/documents")
  const documents = await listVendorDocuments(locale)
  return <DocumentsTemplate locale={locale} documents={documents} readOnly={cooperativeReadOnly(me.cooperative.status)} />
}
