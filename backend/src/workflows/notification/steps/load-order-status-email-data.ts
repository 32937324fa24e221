import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOCALE_TAGS, PAYMENT_PROVIDERS, type Locale } from "@tadamon/shared"
import { emailLocale } from "../../../emails/locale"
import type { OrderStatusEmailData } from "../../../emails/order-status"
import { type OrderGroupEntity, STORE_ORDER_GROUP_FIELDS, toStoreOrderGroup } from "../../order-group/utils/store-order-group"
import { queryRows } from "../../../utils/query-rows"

export type OrderStatusEmailInput = {
  order_id: string
  email: string
  customer_id: string | null
  order_group_id: string
  locale: Locale
  data: OrderStatusEmailData
}

/**
 * Reads one cooperative's order for a status email, as the customer sees it in the store (the
 * group's mapping, with the cooperative's name in the group's language). Reading only.
 */
export const loadOrderStatusEmailDataStep = createStep(
  "load-order-status-email-data",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      rows: [order],
    } = await queryRows<{ order_group?: { id: string; locale?: string | null } | null }>(query, {
      entity: "order",
      fields: ["id", "order_group.id", "order_group.locale"],
      filters: { id: input.order_id },
    })
    const groupRef = order?.order_group
    if (!groupRef) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} belongs to no order group`)
    }
    const locale = emailLocale(groupRef.locale)
    const {
      rows: [entity],
    } = await queryRows<OrderGroupEntity & { customer_id?: string | null }>(
      query,
      { entity: "order_group", fields: STORE_ORDER_GROUP_FIELDS, filters: { id: groupRef.id } },
      { locale: LOCALE_TAGS[locale] }
    )
    const group = toStoreOrderGroup(entity)
    const mine = group.orders.find((candidate) => candidate.id === input.order_id)
    if (!mine?.progress) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found in its group`)
    }
    const cod = group.payment_provider_id === PAYMENT_PROVIDERS.cashOnDelivery
    const result: OrderStatusEmailInput = {
      order_id: mine.id,
      email: group.email,
      customer_id: entity.customer_id ?? null,
      order_group_id: group.id,
      locale,
      data: {
        reference: group.reference,
        currency_code: group.currency_code,
        first_name: group.shipping_address?.first_name ?? null,
        other_orders: group.orders.filter((other) => other.id !== mine.id && other.status !== "canceled").length,
        order: {
          cooperative: mine.cooperative,
          total: mine.total,
          items: mine.items,
          progress: mine.progress,
          payment: cod ? "cod" : "card",
          amount_to_collect: cod && mine.status !== "canceled" && mine.payment_status !== "completed" ? mine.total : 0,
        },
      },
    }
    return new StepResponse(result)
  }
)
