import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEFAULT_LOCALE, localeFromTag, type Locale, type StoreOrderGroup } from "@tadamon/shared"
import {
  STORE_ORDER_GROUP_FIELDS,
  toStoreOrderGroup,
  type OrderGroupEntity,
} from "../../workflows/order-group/utils/store-order-group"
import { queryRows } from "../../utils/query-rows"
import { addSellers } from "../../utils/cooperative-seller"

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
  return { groups: await addSellers(scope, groups, (group) => locale ?? localeFromTag(group.locale) ?? DEFAULT_LOCALE), count }
}

