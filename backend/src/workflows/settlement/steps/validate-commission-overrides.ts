import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalidField } from "../../../utils/field-error"

/** Every override names an existing cooperative, once. Reading only. */
export const validateCommissionOverridesStep = createStep(
  "validate-commission-overrides",
  async (input: { overrides?: Array<{ cooperative_id: string }> }, { container }) => {
    const ids = (input.overrides ?? []).map((override) => override.cooperative_id)
    const seen = new Set<string>()
    ids.forEach((id, index) => {
      if (seen.has(id)) {
        throw invalidField(`overrides.${index}.cooperative_id`, "duplicate_value", `cooperative ${id} is listed twice`)
      }
      seen.add(id)
    })
    if (ids.length) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "cooperative", fields: ["id"], filters: { id: ids } })
      const known = new Set(data.map((cooperative) => cooperative.id))
      const unknown = ids.findIndex((id) => !known.has(id))
      if (unknown >= 0) {
        throw invalidField(`overrides.${unknown}.cooperative_id`, "invalid_value", `cooperative ${ids[unknown]} was not found`)
      }
    }
    return new StepResponse(void 0)
  }
)
