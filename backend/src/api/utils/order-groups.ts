import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEFAULT_LOCALE, LOCALE_TAGS, localeFromTag, type CooperativeSeller, type Locale, type StoreOrderGroup } from "@tadamon/shared"
import {
  STORE_ORDER_GROUP_FIELDS,
  toStoreOrderGroup,
  type OrderGroupEntity,
} from "../../workflows/order-group/utils/store-order-group"
import { queryRows } from "../../utils/query-rows"
import { COOPERATIVE_SELLER_FIELDS, withSeller } from "./cooperative-seller"

/**
 * Placed order groups in the customer's view, newest first (a `placing` one is no order yet), each
 * order's cooperative with its `seller` identity (law 31-08) in `locale`, else in the group's language.
 */
export async function listStoreOrderGroups(
  scope: MedusaContainer,
  filters: Record<string, unknown>,
  pagination: { skip: number; take: number } = { skip: 0, take: 20 },
  locale?: Locale
): Promise<{ groups: StoreOrderGroup[]; count: number }> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { rows, count } = await queryRows<OrderGroupEntity>(query, {
    entity: "order_group",
    fields: STORE_ORDER_GROUP_FIELDS,
    filters: { ...filters, status: "placed" },
    pagination: { ...pagination, order: { created_at: "DESC" } },
  })
  const groups = rows.map(toStoreOrderGroup)
  return { groups: await addSellers(scope, groups, locale), count }
}

/**
 * The seller of each order, whatever the cooperative's status today: an order keeps naming who
 * sold it. One read per language among the groups.
 */
async function addSellers(scope: MedusaContainer, groups: StoreOrderGroup[], locale?: Locale): Promise<StoreOrderGroup[]> {
  const languageOf = (group: StoreOrderGroup): Locale => locale ?? localeFromTag(group.locale) ?? DEFAULT_LOCALE
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
