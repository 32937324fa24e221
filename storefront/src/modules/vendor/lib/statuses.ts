import { VENDOR_ORDER_FILTERS, VENDOR_PRODUCT_STATUSES, type VendorOrderFilter, type VendorProductStatus } from "@tadamon/shared/contracts/vendor"

/** Checks for statuses read from the URL (`?status=`). Server side only (imports @tadamon/shared). */
export function isProductStatus(value: string | undefined): value is VendorProductStatus {
  return (VENDOR_PRODUCT_STATUSES as readonly string[]).includes(value ?? "")
}

export function isOrderFilter(value: string | undefined): value is VendorOrderFilter {
  return (VENDOR_ORDER_FILTERS as readonly string[]).includes(value ?? "")
}
