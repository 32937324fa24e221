import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SendNotificationsStepInput } from "@medusajs/medusa/core-flows"
import { renderOrderGroupPlacedEmail } from "../../../emails/order-group-placed"
import { EMAIL_CHANNEL, storefrontUrl } from "../storefront-url"
import type { OrderGroupEmailData } from "./load-order-group-email-data"

export const ORDER_GROUP_PLACED_TEMPLATE = "order-group-placed"

/**
 * The confirmation email of an order group, in the group's language. The idempotency key is
 * per group: a redelivered `order_group.placed` finds the notification already sent and sends nothing.
 */
export const renderOrderGroupPlacedEmailStep = createStep(
  "render-order-group-placed-email",
  async (input: OrderGroupEmailData, { container }) => {
    const notifications: SendNotificationsStepInput = [
      {
        to: input.email,
        channel: EMAIL_CHANNEL,
        template: ORDER_GROUP_PLACED_TEMPLATE,
        content: renderOrderGroupPlacedEmail(input.group, input.locale, storefrontUrl(container)),
        data: { reference: input.group.reference, locale: input.locale },
        trigger_type: "order_group.placed",
        resource_type: "order_group",
        resource_id: input.id,
        receiver_id: input.customer_id,
        idempotency_key: `${ORDER_GROUP_PLACED_TEMPLATE}:${input.id}`,
      },
    ]
    return new StepResponse(notifications)
  }
)
