import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toCents } from "../../../domain/settlement/money"
import { payoutPositionOf } from "../utils/statement"
import { stateConflict } from "../../../utils/state-conflict"

/**
 * A payout goes to an existing cooperative and is at most what may be paid out now: the confirmed
 * balance whose holding period is over (see payoutPosition). Sales still within the customer's
 * withdrawal period, and cash nobody has confirmed yet, are never paid out. Reading only.
 */
export const validatePayoutStep = createStep(
  "validate-payout",
  async (input: { cooperative_id: string; amount: number }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [cooperative],
    } = await query.graph({ entity: "cooperative", fields: ["id", "name"], filters: { id: input.cooperative_id } })
    if (!cooperative) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative ${input.cooperative_id} was not found`)
    }
    const position = await payoutPositionOf(container, input.cooperative_id)
    if (toCents(input.amount) > toCents(position.payable)) {
      const held = position.held > 0 && position.held_until
        ? `; ${position.held.toFixed(2)} MAD more is held until ${position.held_until.slice(0, 10)}`
        : ""
      throw stateConflict(`The payout of ${input.amount.toFixed(2)} MAD is more than the amount payable now to this cooperative (${position.payable.toFixed(2)} MAD${held})`
      )
    }
    return new StepResponse({ balance_before: position.balance_due, payable_before: position.payable })
  }
)
