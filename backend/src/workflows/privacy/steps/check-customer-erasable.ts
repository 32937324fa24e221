import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ordersInProgress } from "../../../domain/privacy/erasure"
import { LocalizedFieldError } from "../../../utils/localized-field-error"
import { listStoreOrderGroups } from "../../../api/utils/order-groups"

/**
 * The account can be erased: none of its orders is still on its way (a cooperative needs the
 * address and phone to deliver it). Refuses with 409 `orders_in_progress` otherwise. Reading only.
 */
export const checkCustomerErasableStep = createStep("check-customer-erasable", async (input: { customer_id: string }, { container }) => {
  const { groups } = await listStoreOrderGroups(container, { customer_id: input.customer_id }, { skip: 0, take: 10_000 })
  if (ordersInProgress(groups).length) {
    throw new LocalizedFieldError(MedusaError.Types.CONFLICT, [{ field: "orders", code: "orders_in_progress" }])
  }
  return new StepResponse(groups.length)
})
