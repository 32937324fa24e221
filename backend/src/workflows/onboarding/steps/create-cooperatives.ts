import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { normalizeRegistrationNumber } from "@tadamon/shared"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type { CooperativeInput } from "../types"
import { conflictOnDuplicate } from "../../../utils/state-conflict"

export const createCooperativesStep = createStep(
  "create-cooperatives",
  async (input: CooperativeInput[], { container }) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    // Two applications racing past the validation: the unique indexes decide, as a conflict.
    const created = await conflictOnDuplicate(
      () =>
        service.createCooperatives(
          input.map(({ translations: _translations, ...cooperative }) => ({
            ...cooperative,
            legal_registration_number: normalizeRegistrationNumber(cooperative.legal_registration_number),
          }))
        ),
      "A cooperative with this handle or registration number is already registered"
    )
    return new StepResponse(
      created,
      created.map((cooperative) => cooperative.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await service.deleteCooperatives(ids)
  }
)
