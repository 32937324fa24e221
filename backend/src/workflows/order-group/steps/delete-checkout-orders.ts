import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Soft-deletes the orders of an undone completion (restored if the undo itself fails later). */
export const deleteCheckoutOrdersStep = createStep(
  "delete-checkout-orders",
  async (orderIds: string[], { container }) => {
    if (!orderIds.length) {
      return new StepResponse(undefined, [] as string[])
    }
    await container.resolve(Modules.ORDER).softDeleteOrders(orderIds)
    return new StepResponse(undefined, orderIds)
  },
  async (orderIds, { container }) => {
    if (orderIds?.length) {
      await container.resolve(Modules.ORDER).restoreOrders(orderIds)
    }
  }
)
