import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recoverInterruptedCheckoutWorkflow } from "../workflows/order-group/recover-interrupted-checkout"

/** Older than this, a `placing` group is no completion in progress (they take seconds). */
const GRACE_MS = 60_000

/**
 * Every minute (so within a minute of a restart): undoes the completions a crash interrupted and
 * that nobody retried, so that their stock, payments and carts are free again. A customer who
 * retries earlier gets the same undo from the completion itself.
 */
export default async function undoInterruptedCheckoutsJob(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { data: groups } = await query.graph({
    entity: "order_group",
    fields: ["cart_id"],
    filters: { status: "placing", created_at: { $lt: new Date(Date.now() - GRACE_MS) } },
  })
  for (const { cart_id } of groups) {
    try {
      const { result } = await recoverInterruptedCheckoutWorkflow(container).run({ input: { cart_id } })
      if (result.undone) {
        logger.info(`Undid the interrupted completion of cart ${cart_id}`)
      }
    } catch (error) {
      logger.warn(`Could not undo the interrupted completion of cart ${cart_id}: ${(error as Error).message}`)
    }
  }
}

export const config = {
  name: "undo-interrupted-checkouts",
  schedule: "* * * * *",
}
