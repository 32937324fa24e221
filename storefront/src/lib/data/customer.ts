import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { StoreOrderGroup, StoreOrderGroupListResponse, StoreOrderGroupResponse } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import { redirect } from "next/navigation"
import { cache } from "react"
import { getSessionToken } from "../cookies"
import { localePath, queryString } from "../paths"
import { nullWhenNotFound, nullWhenSignedOut, visitorGet } from "./store-fetch"

const CUSTOMER_FIELDS = "id,email,first_name,last_name,phone,metadata,*addresses"

/** The signed-in customer with their address book (once per request), or null. */
export const retrieveCustomer = cache(async (): Promise<HttpTypes.StoreCustomer | null> => {
  if (!(await getSessionToken())) {
    return null
  }
  const response = await nullWhenSignedOut(
    visitorGet<HttpTypes.StoreCustomerResponse>("/store/customers/me", { query: { fields: CUSTOMER_FIELDS } })
  )
  return response?.customer ?? null
})

/** The signed-in customer; anyone else goes to the sign-in page, then back to `path`. */
export async function requireCustomer(locale: Locale, path: string): Promise<HttpTypes.StoreCustomer> {
  const customer = await retrieveCustomer()
  if (!customer) {
    redirect(`${localePath(locale, "/account/login")}${queryString({ next: localePath(locale, path) })}`)
  }
  return customer
}

/** The customer's order groups (the backend lists the newest first). */
export async function listCustomerOrderGroups(
  locale: Locale,
  { limit, offset }: { limit: number; offset: number }
): Promise<StoreOrderGroupListResponse> {
  return visitorGet<StoreOrderGroupListResponse>("/store/customers/me/order-groups", {
    locale,
    query: { limit, offset },
  })
}

/** One of the customer's order groups by reference; null when it is not theirs or unknown. */
export async function getCustomerOrderGroup(reference: string, locale: Locale): Promise<StoreOrderGroup | null> {
  const response = await nullWhenNotFound(
    visitorGet<StoreOrderGroupResponse>(`/store/customers/me/order-groups/${encodeURIComponent(reference)}`, { locale })
  )
  return response?.order_group ?? null
}
