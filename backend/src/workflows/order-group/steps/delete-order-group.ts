import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import type OrderGroupModuleService from "../../../modules/order-group/service"

/** Removes an order group that never became `placed`, which frees its cart's unique `cart_id`. */
export const deleteOrderGroupStep = createStep("delete-order-group", async (id: string, { container }) => {
  const service: OrderGroupModuleService = container.resolve(ORDER_GROUP_MODULE)
  await service.deleteOrderGroups(id)
  return new StepResponse(id)
})
