import "server-only"
import type { Locale, StoreOrderGroup, StoreOrderGroupResponse } from "@tadamon/shared"
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
