import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_PROGRESS_MODULE } from "../../modules/order-progress"
import type OrderProgressModuleService from "../../modules/order-progress/service"
import { queryRows } from "../../utils/query-rows"
import { liveFulfillment, type ProgressOrder } from "../../domain/orders/order-progress"

type ReopenInput = { order_id: string }

/**
 * An organizer cancelled the order's fulfillment in Medusa's Admin (its stock is reserved again):
 * the cooperative's `prepared` step is withdrawn, so its portal shows the order accepted and it can
 * prepare it again. Nothing changes for a cancelled order (its history keeps every step) or one
 * that still has a live fulfillment. Returns whether the step was withdrawn.
 */
const withdrawPreparationStep = createStep(
  "withdraw-order-preparation",
  async (input: ReopenInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      rows: [order],
    } = await queryRows<Pick<ProgressOrder, "fulfillments"> & { status: string }>(query, {
      entity: "order",
      fields: ["id", "status", "fulfillments.id", "fulfillments.canceled_at"],
      filters: { id: input.order_id },
    })
    if (!order || order.status === "canceled" || liveFulfillment(order)) {
      return new StepResponse(false, null)
    }
    const progress: OrderProgressModuleService = container.resolve(ORDER_PROGRESS_MODULE)
    const prepared = await progress.listOrderProgressEvents({ order_id: input.order_id, event: "prepared" })
    if (!prepared.length) {
      return new StepResponse(false, null)
    }
    await progress.softDeleteOrderProgressEvents(prepared.map((event) => event.id))
    return new StepResponse(true, prepared.map((event) => event.id))
  },
  async (ids, { container }) => {
    if (ids?.length) {
      const progress: OrderProgressModuleService = container.resolve(ORDER_PROGRESS_MODULE)
      await progress.restoreOrderProgressEvents(ids)
    }
  }
)

export const reopenOrderPreparationWorkflow = createWorkflow("reopen-order-preparation", (input: ReopenInput) => {
  return new WorkflowResponse(withdrawPreparationStep(input))
})
