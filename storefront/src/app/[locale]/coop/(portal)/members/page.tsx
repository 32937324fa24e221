import { cooperativeReadOnly } from "@tadamon/shared/contracts/store"
import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { requireOwner } from "@/lib/data/vendor"
import { listVendorInvitations, listVendorMembers } from "@/lib/data/vendor-catalog"
import { pageLocale } from "@/lib/params"
import { MembersTemplate } from "@/modules/vendor/templates/members-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: "vendorMembers" })
  return { title: t("title"), robots: { index: false } }
}

export default async function VendorMembersPage({ params }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  const me = await requireOwner(locale, "/coop/members")
  const [members, invitations] = await Promise.all([listVendorMembers(locale), listVendorInvitations(locale)])
  return <MembersTemplate locale={locale} members={members} invitations={invitations} meId={me.member.id} readOnly={cooperativeReadOnly(me.cooperative.status)} />
}
