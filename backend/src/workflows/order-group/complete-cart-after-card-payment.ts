import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { completeCartWithCooperativeOrdersWorkflow } from "./complete-cart-with-cooperative-orders"

/**
 * A card payment succeeded at Stripe (a verified webhook said so): place the cart's order group if
 * the customer's browser did not. Completion is exactly-once per cart, so a duplicated, replayed or
 * late event finds the group already there and changes nothing.
 */
export const completeCartAfterCardPaymentWorkflow = createWorkflow(
  "complete-cart-after-card-payment",
  (input: { payment_session_id: string }) => {
    const { data: sessions } = useQueryGraphStep({
      entity: "payment_session",
      fields: ["payment_collection_id"],
      filters: { id: input.payment_session_id },
    }).config({ name: "payment-session-query" })
    const collectionId = transform({ sessions }, ({ sessions }) => sessions[0]?.payment_collection_id ?? "")
    const { data: cartCollections } = useQueryGraphStep({
      entity: "cart_payment_collection",
      fields: ["cart_id"],
      filters: { payment_collection_id: collectionId },
    }).config({ name: "cart-payment-collection-query" })
    const cartId = transform({ cartCollections, collectionId }, ({ cartCollections, collectionId }) =>
      collectionId ? ((cartCollections[0]?.cart_id as string | undefined) ?? null) : null
    )

    const placed = when("complete-the-cart", { cartId }, ({ cartId }) => !!cartId).then(() =>
      completeCartWithCooperativeOrdersWorkflow.runAsStep({
        input: transform({ cartId }, ({ cartId }) => ({ cart_id: cartId as string })),
      })
    )
    return new WorkflowResponse(transform({ placed }, ({ placed }) => placed ?? null))
  }
)
