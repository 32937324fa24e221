import { cooperativeSeller, type CooperativeSeller, type CooperativeSellerSource, type Locale } from "@tadamon/shared"

/** What a cooperative's seller identity is made from (query.graph fields of a cooperative). */
export const COOPERATIVE_SELLER_FIELDS = [
  "name",
  "legal_registration_number",
  "region",
  "province",
  "commune",
  "contact_phone",
  "contact_email",
] as const

/** True when `fields` read everything a seller identity is made from (the store's default fields do). */
export function readsSeller(fields: readonly string[]): boolean {
  return COOPERATIVE_SELLER_FIELDS.every((field) => fields.includes(field))
}

/** The cooperative with `seller` beside its fields: who sells, in `locale` (law 31-08). */
export function withSeller<T extends CooperativeSellerSource>(cooperative: T, locale: Locale): T & { seller: CooperativeSeller } {
  return { ...cooperative, seller: cooperativeSeller(cooperative, locale) }
}
