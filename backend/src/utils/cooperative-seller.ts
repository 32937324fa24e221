import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  cooperativeSeller,
  LOCALE_TAGS,
  type CooperativeSeller,
  type CooperativeSellerSource,
  type Locale,
  type StoreOrderGroup,
} from "@tadamon/shared"

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

/**
 * The seller of each order, whatever the cooperative's status today: an order keeps naming who
 * sold it. One read per language among the groups (`languageOf`: the language each group is shown in).
 */
export async function addSellers(
  scope: MedusaContainer,
  groups: StoreOrderGroup[],
  languageOf: (group: StoreOrderGroup) => Locale
): Promise<StoreOrderGroup[]> {
  const idsByLanguage = new Map<Locale, Set<string>>()
  for (const group of groups) {
    const ids = idsByLanguage.get(languageOf(group)) ?? new Set<string>()
    group.orders.forEach((order) => order.cooperative.id && ids.add(order.cooperative.id))
    idsByLanguage.set(languageOf(group), ids)
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const sellers = new Map<string, CooperativeSeller>()
  for (const [language, ids] of idsByLanguage) {
    if (!ids.size) {
      continue
    }
    const { data } = await query.graph(
      { entity: "cooperative", fields: ["id", ...COOPERATIVE_SELLER_FIELDS], filters: { id: [...ids] } },
      { locale: LOCALE_TAGS[language] }
    )
    for (const cooperative of data) {
      sellers.set(`${language}:${cooperative.id}`, withSeller(cooperative, language).seller)
    }
  }
  return groups.map((group) => ({
    ...group,
    orders: group.orders.map((order) => {
      const seller = sellers.get(`${languageOf(group)}:${order.cooperative.id}`)
      return seller ? { ...order, cooperative: { ...order.cooperative, seller } } : order
    }),
  }))
}
