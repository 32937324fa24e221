import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SendNotificationsStepInput } from "@medusajs/medusa/core-flows"
import { type OrderStatusEmailKind, renderOrderStatusEmail } from "../../../emails/order-status"
import { EMAIL_CHANNEL, storefrontUrl } from "../storefront-url"
import type { OrderStatusEmailInput } from "./load-order-status-email-data"

export const orderStatusTemplate = (kind: OrderStatusEmailKind) => `order-${kind}`

/**
 * One status email in the group's language. The idempotency key is per order and step: a
 * redelivered event finds the notification already sent and sends nothing.
 */
export const renderOrderStatusEmailStep = createStep(
  "render-order-status-email",
  async ({ kind, input }: { kind: OrderStatusEmailKind; input: OrderStatusEmailInput }, { container }) => {
    const template = orderStatusTemplate(kind)
    const notifications: SendNotificationsStepInput = [
      {
        to: input.email,
        channel: EMAIL_CHANNEL,
        template,
        content: renderOrderStatusEmail(kind, input.data, input.locale, storefrontUrl(container)),
        data: { reference: input.data.reference, order_id: input.order_id, locale: input.locale },
        trigger_type: `tadamon.order.${kind}`,
        resource_type: "order",
        resource_id: input.order_id,
        receiver_id: input.customer_id,
        idempotency_key: `${template}:${input.order_id}`,
      },
    ]
    return new StepResponse(notifications)
  }
)
