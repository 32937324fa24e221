import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { balanceDue } from "../utils/statement"
import { toCents } from "../utils/money"

/**
 * A payout goes to an existing cooperative and is at most what Tadamon owes it: the ledger never
 * says a cooperative owes money because of a typo in an amount. Reading only.
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
    const balance = await balanceDue(container, input.cooperative_id)
    if (toCents(input.amount) > toCents(balance)) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `The payout of ${input.amount.toFixed(2)} MAD is more than the balance due to this cooperative (${balance.toFixed(2)} MAD)`
      )
    }
    return new StepResponse({ balance_before: balance })
  }
)
