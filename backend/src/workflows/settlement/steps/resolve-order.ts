import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ResolveOrderInput = { order_id?: string; fulfillment_id?: string; payment_id?: string }

/**
 * The order a Medusa record belongs to (a delivered fulfillment, a captured or refunded payment),
 * or null when it belongs to none (e.g. the cart's PaymentIntent of a card checkout).
 */
export const resolveOrderStep = createStep("resolve-order", async (input: ResolveOrderInput, { container }) => {
  if (input.order_id) {
    return new StepResponse<string | null>(input.order_id)
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (input.fulfillment_id) {
    const { data } = await query.graph({ entity: "fulfillment", fields: ["id", "order.id"], filters: { id: input.fulfillment_id } })
    return new StepResponse<string | null>((data[0] as { order?: { id: string } | null } | undefined)?.order?.id ?? null)
  }
  if (input.payment_id) {
    const { data } = await query.graph({ entity: "payment", fields: ["id", "payment_collection.order.id"], filters: { id: input.payment_id } })
    const payment = data[0] as { payment_collection?: { order?: { id: string } | null } | null } | undefined
    return new StepResponse<string | null>(payment?.payment_collection?.order?.id ?? null)
  }
  return new StepResponse<string | null>(null)
})
