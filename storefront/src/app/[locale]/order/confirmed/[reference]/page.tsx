import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { getOrderAccess } from "@/lib/cookies"
import { getCustomerOrderGroup, retrieveCustomer } from "@/lib/data/customer"
import { getOrderGroup } from "@/lib/data/orders"
import { decodeParam, pageLocale } from "@/lib/params"
import { ConfirmationTemplate, ConfirmationUnavailable } from "@/modules/orders/templates/confirmation-template"

type Props = { params: Promise<{ locale: string; reference: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: "orders" })
  return { title: t("confirmedTitle"), robots: { index: false } }
}

/**
 * The confirmation reads the group with the reference and email kept in the order cookie right
 * after completion, or, for a signed-in customer, through their own order route.
 */
export default async function OrderConfirmedPage({ params }: Props) {
  const { locale: value, reference: raw } = await params
  const locale = pageLocale(value)
  setRequestLocale(locale)
  const reference = decodeParam(raw)
  const access = await getOrderAccess()
  let group = access?.reference === reference ? await getOrderGroup(reference, access.email, locale) : null
  if (!group && (await retrieveCustomer())) {
    group = await getCustomerOrderGroup(reference, locale)
  }
  return group ? <ConfirmationTemplate locale={locale} group={group} /> : <ConfirmationUnavailable locale={locale} />
}
