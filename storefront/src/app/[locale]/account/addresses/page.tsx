import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { requireCustomer } from "@/lib/data/customer"
import { firstParam, pageLocale, type SearchParams } from "@/lib/params"
import { AddressesTemplate } from "@/modules/account/templates/account-templates"

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: "account" })
  return { title: t("addresses"), robots: { index: false } }
}

/** `?edit=<address id>` opens that address in the form. */
export default async function AddressesPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  const customer = await requireCustomer(locale, "/account/addresses")
  const editId = firstParam((await searchParams).edit)
  const editing = customer.addresses?.find((address) => address.id === editId) ?? null
  return <AddressesTemplate locale={locale} customer={customer} editing={editing} />
}
