import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import type OrderGroupModuleService from "../../../modules/order-group/service"

/** The completion's last write before money moves: the group is whole and the customer's. */
export const markOrderGroupPlacedStep = createStep(
  "mark-order-group-placed",
  async (id: string, { container }) => {
    const service: OrderGroupModuleService = container.resolve(ORDER_GROUP_MODULE)
    await service.updateOrderGroups({ id, status: "placed" })
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) {
      const service: OrderGroupModuleService = container.resolve(ORDER_GROUP_MODULE)
      await service.updateOrderGroups({ id, status: "placing" })
    }
  }
)
