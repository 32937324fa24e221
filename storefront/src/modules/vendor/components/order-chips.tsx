import type { OrderProgressStatus, VendorPaymentMethod, VendorPaymentStatus } from "@tadamon/shared/contracts/vendor"
import type { Locale } from "@tadamon/shared/i18n"
import { getTranslations } from "next-intl/server"

/** Where an order stands: placed, accepted, prepared, shipped, delivered, cancelled. */
export async function ProgressChip({ locale, status }: { locale: Locale; status: OrderProgressStatus }) {
  const t = await getTranslations({ locale, namespace: "vendorOrders" })
  return (
    <span className={`status vendor-status vendor-status--${status}`} data-testid="order-progress" data-status={status}>
      {t(`progress.${status}`)}
    </span>
  )
}

/** How the order is paid and where the money is. */
export async function PaymentChip({ locale, method, status }: { locale: Locale; method: VendorPaymentMethod; status: VendorPaymentStatus }) {
  const t = await getTranslations({ locale, namespace: "vendorOrders" })
  return (
    <span className={`vendor-badge vendor-badge--${status}`} data-testid="order-payment" data-status={status}>
      {t(`method.${method}`)} · {t(`payment.${status}`)}
    </span>
  )
}
