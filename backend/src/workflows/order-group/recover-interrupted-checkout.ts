import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { undoInterruptedCheckoutWorkflow } from "./undo-interrupted-checkout"

/**
 * For the interrupted-checkouts job: takes the cart's lock (so a completion still running is never
 * touched), reads the group again and undoes it only if it is still `placing`.
 */
export const recoverInterruptedCheckoutWorkflow = createWorkflow(
  "recover-interrupted-checkout",
  (input: { cart_id: string }) => {
    acquireLockStep({ key: input.cart_id, timeout: 30, ttl: 120 })
    const { data: groups } = useQueryGraphStep({
      entity: "order_group",
      fields: ["id", "status"],
      filters: { cart_id: input.cart_id },
    })
    const interrupted = transform({ groups }, ({ groups }) =>
      groups[0]?.status === "placing" ? (groups[0].id) : null
    )
    const undone = when("undo-if-still-placing", { interrupted }, ({ interrupted }) => !!interrupted).then(() =>
      undoInterruptedCheckoutWorkflow.runAsStep({
        input: transform({ interrupted, input }, ({ interrupted, input }) => ({
          order_group_id: interrupted as string,
          cart_id: input.cart_id,
        })),
      })
    )
    releaseLockStep({ key: input.cart_id })
    return new WorkflowResponse(transform({ undone }, ({ undone }) => ({ undone: !!undone })))
  }
)
