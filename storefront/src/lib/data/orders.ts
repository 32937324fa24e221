import "server-only"
import type { StoreOrderGroup, StoreOrderGroupResponse } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import { nullWhenNotFound, visitorGet } from "./store-fetch"

/**
 * An order group by its reference and the email it was placed with (guests, confirmation page);
 * null when the pair does not match one (the backend answers 404 for both cases alike).
 */
export async function getOrderGroup(reference: string, email: string, locale: Locale): Promise<StoreOrderGroup | null> {
  const response = await nullWhenNotFound(
    visitorGet<StoreOrderGroupResponse>(`/store/order-groups/${encodeURIComponent(reference)}`, {
      locale,
      query: { email },
      token: null,
    })
  )
  return response?.order_group ?? null
}
