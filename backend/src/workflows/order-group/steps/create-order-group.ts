import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import type OrderGroupModuleService from "../../../modules/order-group/service"

export type CreateOrderGroupStepInput = {
  cart_id: string
  customer_id?: string | null
  email: string
  locale?: string | null
  currency_code: string
  total: number
  payment_provider_id: string
  /** Attribution: see steps/resolve-attribution.ts. */
  edition_id?: string | null
  channel?: string
  attributed_cooperative_id?: string | null
  metadata?: Record<string, unknown> | null
  /** `placing` while the completion writes the rest (see mark-order-group-placed.ts). */
  status?: "placing" | "placed"
}

export const createOrderGroupStep = createStep(
  "create-order-group",
  async (input: CreateOrderGroupStepInput, { container }) => {
    const service: OrderGroupModuleService = container.resolve(ORDER_GROUP_MODULE)
    const group = await service.createOrderGroups({ ...input, reference: service.generateReference() })
    return new StepResponse(group, group.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: OrderGroupModuleService = container.resolve(ORDER_GROUP_MODULE)
    await service.deleteOrderGroups(id)
  }
)
