import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { getVendorCooperative, requireMember } from "@/lib/data/vendor"
import { listVendorProducts } from "@/lib/data/vendor-catalog"
import { listVendorOrders } from "@/lib/data/vendor-orders"
import { pageLocale } from "@/lib/params"
import { DashboardTemplate } from "@/modules/vendor/templates/dashboard-template"

type Props = { params: Promise<{ locale: string }> }

/** How many products the dashboard looks through for low stock. */
const LOW_STOCK_SCAN = 100

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: "vendor" })
  return { title: t("navDashboard"), robots: { index: false } }
}

/** Each figure is read on its own: one part of the backend not answering leaves a "–", not an error page. */
function orNull<T>(request: Promise<T>): Promise<T | null> {
  return request.catch(() => null)
}

export default async function VendorDashboardPage({ params }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  const me = await requireMember(locale, "/coop/dashboard")
  // The owner edits the seller's contact details; a suspended cooperative changes nothing.
  const editsContact = me.member.role === "owner" && (me.cooperative.status === "approved" || me.cooperative.status === "pending")
  const [orders, proposed, rejected, all, contact] = await Promise.all([
    orNull(listVendorOrders(locale, { limit: 1, offset: 0 })),
    orNull(listVendorProducts(locale, { status: "proposed", limit: 1, offset: 0 })),
    orNull(listVendorProducts(locale, { status: "rejected", limit: 10, offset: 0 })),
    orNull(listVendorProducts(locale, { limit: LOW_STOCK_SCAN, offset: 0 })),
    editsContact ? orNull(getVendorCooperative(locale)) : null,
  ])
  return (
    <DashboardTemplate
      locale={locale}
      me={me}
      contact={contact}
      counts={{
        toAccept: orders?.counts.to_accept ?? null,
        toShip: orders?.counts.to_ship ?? null,
        awaitingReview: proposed?.count ?? null,
        lowStock: all ? all.products.filter((product) => product.low_stock).length : null,
        rejected: rejected?.products ?? null,
      }}
    />
  )
}
