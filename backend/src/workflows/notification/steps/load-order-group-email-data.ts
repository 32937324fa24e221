import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOCALE_TAGS, type Locale, type StoreOrderGroup } from "@tadamon/shared"
import { emailLocale } from "../../../emails/locale"
import {
  type OrderGroupEntity,
  STORE_ORDER_GROUP_FIELDS,
  toStoreOrderGroup,
} from "../../order-group/utils/store-order-group"
import { addSellers } from "../../../utils/cooperative-seller"
import { queryRows } from "../../../utils/query-rows"

export type OrderGroupEmailData = {
  id: string
  email: string
  customer_id: string | null
  locale: Locale
  group: StoreOrderGroup
}

/**
 * Reads an order group for its confirmation email, as the customer sees it in the store
 * (`toStoreOrderGroup`), with the cooperatives' names and seller identities in the group's language. Reading only:
 * nothing to undo.
 */
export const loadOrderGroupEmailDataStep = createStep(
  "load-order-group-email-data",
  async (input: { id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [found],
    } = await query.graph({ entity: "order_group", fields: ["id", "email", "locale", "customer_id"], filters: { id: input.id } })
    if (!found) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order group ${input.id} was not found`)
    }
    const locale = emailLocale(found.locale)

    const {
      rows: [group],
    } = await queryRows<OrderGroupEntity>(
      query,
      { entity: "order_group", fields: STORE_ORDER_GROUP_FIELDS, filters: { id: input.id } },
      { locale: LOCALE_TAGS[locale] }
    )

    // Who sells each parcel (law 31-08), in the group's language.
    const [withSellers] = await addSellers(container, [toStoreOrderGroup(group)], () => locale)
    const result: OrderGroupEmailData = {
      id: found.id,
      email: found.email,
      customer_id: found.customer_id ?? null,
      locale,
      group: withSellers,
    }
    return new StepResponse(result)
  }
)
