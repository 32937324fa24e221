import type { VendorProductStatus } from "@tadamon/shared/contracts/vendor"
import type { Locale } from "@tadamon/shared/i18n"
import { getTranslations } from "next-intl/server"

/** A product's review status as a chip: draft, awaiting review, on sale, rejected. */
export async function ProductStatusChip({ locale, status }: { locale: Locale; status: VendorProductStatus }) {
  const t = await getTranslations({ locale, namespace: "vendorProducts" })
  return (
    <span className={`status vendor-status vendor-status--${status}`} data-testid="product-status" data-status={status}>
      {t(`status.${status}`)}
    </span>
  )
}
