import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreOrderGroup } from "@tadamon/shared"
import {
  STORE_ORDER_GROUP_FIELDS,
  toStoreOrderGroup,
  type OrderGroupEntity,
} from "../../workflows/order-group/utils/store-order-group"
import { queryRows } from "../../utils/query-rows"

/** Placed order groups in the customer's view, newest first (a `placing` one is no order yet). */
export async function listStoreOrderGroups(
  scope: MedusaContainer,
  filters: Record<string, unknown>,
  pagination: { skip: number; take: number } = { skip: 0, take: 20 }
): Promise<{ groups: StoreOrderGroup[]; count: number }> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { rows, count } = await queryRows<OrderGroupEntity>(query, {
    entity: "order_group",
    fields: STORE_ORDER_GROUP_FIELDS,
    filters: { ...filters, status: "placed" },
    pagination: { ...pagination, order: { created_at: "DESC" } },
  })
  return { groups: rows.map(toStoreOrderGroup), count }
}
