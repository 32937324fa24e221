import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isProvinceInRegion, isSector, normalizeMoroccanPhone } from "@tadamon/shared"
import type { CooperativeInput } from "../types"

/**
 * Checks what the database cannot: the province lies in the region, women members do not
 * outnumber members, the phone is Moroccan. Returns the inputs with the phone normalized.
 */
export const validateCooperativesStep = createStep(
  "validate-cooperatives",
  async (input: { cooperatives: CooperativeInput[] }) => {
    const normalized = input.cooperatives.map((cooperative) => {
      const fail = (field: string, message: string) => {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: ${message}`)
      }
      if (!isProvinceInRegion(cooperative.province, cooperative.region)) {
        fail("province", `"${cooperative.province}" is not a province or prefecture of region "${cooperative.region}"`)
      }
      if (!isSector(cooperative.sector)) {
        fail("sector", `"${String(cooperative.sector)}" is not a known sector`)
      }
      const members = cooperative.member_count ?? 0
      const women = cooperative.women_member_count ?? 0
      if (women > members) {
        fail("women_member_count", "cannot exceed member_count")
      }
      const currentYear = new Date().getFullYear()
      if (cooperative.founding_year != null && (cooperative.founding_year < 1900 || cooperative.founding_year > currentYear)) {
        fail("founding_year", `must lie between 1900 and ${currentYear}`)
      }
      let contact_phone: string | null = null
      if (cooperative.contact_phone) {
        contact_phone = normalizeMoroccanPhone(cooperative.contact_phone)
        if (!contact_phone) {
          fail("contact_phone", "must be a Moroccan number (+212)")
        }
      }
      return { ...cooperative, contact_phone }
    })
    return new StepResponse(normalized)
  }
)
