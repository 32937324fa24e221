import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type CheckoutLeftovers = {
  order_ids: string[]
  line_item_ids: string[]
  payment_collection_ids: string[]
  /** Payments still holding an authorization (neither canceled nor captured). */
  payment_ids: string[]
}

/**
 * What an interrupted completion of `cart_id` wrote: the cooperative orders (each carries the cart
 * in its metadata, written with the order itself), their lines (whose reservations hold stock) and
 * the per-order payment collections (each carries the cart in its metadata too), whether or not the
 * links to the group were written before the interruption.
 *
 * Neither Query nor the modules filter on a metadata key, so the ids are read with one SQL query
 * over the order and payment modules' tables; everything else goes through Query.
 */
export const findCheckoutLeftoversStep = createStep(
  "find-checkout-leftovers",
  async (input: { cart_id: string }, { container }) => {
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const ids = async (table: string) =>
      (
        (await pg(table)
          .select("id")
          .whereRaw("metadata->>'cart_id' = ?", [input.cart_id])
          .whereNull("deleted_at")) as Array<{ id: string }>
      ).map((row) => row.id)
    const orderIds = await ids("order")
    const collectionIds = await ids("payment_collection")

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = orderIds.length
      ? await query.graph({ entity: "order", fields: ["id", "items.id"], filters: { id: orderIds } })
      : { data: [] }
    const { data: collections } = collectionIds.length
      ? await query.graph({
          entity: "payment_collection",
          fields: ["id", "payments.id", "payments.canceled_at", "payments.captured_at"],
          filters: { id: collectionIds },
        })
      : { data: [] }
    const leftovers: CheckoutLeftovers = {
      order_ids: orderIds,
      line_item_ids: orders.flatMap((order) => (order.items ?? []).flatMap((item) => (item ? [item.id] : []))),
      payment_collection_ids: collectionIds,
      payment_ids: collections.flatMap((collection) =>
        (collection.payments ?? []).flatMap((payment) => (payment && !payment.canceled_at && !payment.captured_at ? [payment.id] : []))
      ),
    }
    return new StepResponse(leftovers)
  }
)
