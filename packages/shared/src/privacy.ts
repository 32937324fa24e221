import type { StoreOrderGroup } from "./checkout"

/**
 * A customer's rights over their personal data (law 09-08): a copy of everything Tadamon holds
 * about them, and the erasure of their account. Orders are kept for accounting, without the person.
 */

/** `GET /store/customers/me/personal-data`: everything held about the signed-in customer, as JSON. */
export type StoreCustomerDataExport = {
  exported_at: string
  customer: {
    id: string
    email: string
    first_name: string | null
    last_name: string | null
    phone: string | null
    created_at: string
    /** The customer's choice about news emails and when it was made; null if never asked. */
    marketing_consent: { granted: boolean; at: string } | null
  }
  addresses: Array<{
    first_name: string | null
    last_name: string | null
    phone: string | null
    address_1: string | null
    address_2: string | null
    city: string | null
    province: string | null
    postal_code: string | null
    country_code: string | null
  }>
  order_groups: StoreOrderGroup[]
  /** The products they saved and the cooperatives they follow. */
  favourites: Array<{ kind: "product" | "cooperative"; id: string; saved_at: string }>
  /** The reviews they wrote, hidden ones included, with the cooperative's answer. */
  reviews: Array<{
    product_id: string
    rating: number
    text: string | null
    language: string
    status: string
    created_at: string
    answer_text: string | null
  }>
}

/** `POST /store/customers/me/erasure` body: the account's password, so a borrowed session cannot erase it. */
export type StoreEraseCustomerBody = { password: string }

/** `POST /store/customers/me/erasure` answer: the account is gone; this many orders were kept, anonymized. */
export type StoreEraseCustomerResponse = { erased: true; anonymized_orders: number }
