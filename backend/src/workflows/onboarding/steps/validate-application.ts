import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FOOD_SECTORS, normalizeMoroccanPhone, normalizeRegistrationNumber, type Locale, type VendorApplicationRequest } from "@tadamon/shared"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import type { CooperativeInput } from "../types"
import { fileDocuments, normalizeDocuments, type FiledDocument } from "../utils/documents"
import { invalidField } from "../../../utils/field-error"
import { firstFreeHandle, slugFrom } from "../../../domain/onboarding/handle"
import { stateConflict } from "../../../utils/state-conflict"

export type ValidateApplicationInput = VendorApplicationRequest & {
  locale: Locale
  /** The registering identity: the application's documents must be files it uploaded. */
  auth_identity_id: string
}

export type ValidApplication = {
  cooperative: CooperativeInput
  member: { first_name: string; last_name: string; phone: string | null; locale: Locale }
  documents: FiledDocument[]
}

function optional(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed ? trimmed : undefined
}

/**
 * Checks an application before anything is written: food cooperatives attach their sanitary
 * authorisation, documents are valid and their files are documents the registering identity
 * uploaded, phones are Moroccan, the wished handle and the registration number are free (409). Generates the handle from the name when none is
 * wished (a free slug of the French, English or transliterated Arabic name). Read-only.
 */
export const validateApplicationStep = createStep(
  "validate-cooperative-application",
  async (input: ValidateApplicationInput, { container }) => {
    const { cooperative, member } = input
    if (FOOD_SECTORS.includes(cooperative.sector) && !input.documents.some((document) => document.type === "sanitary_authorisation")) {
      throw invalidField("documents", "sanitary_authorisation_required")
    }
    const documents = await fileDocuments(
      container,
      { auth_identity_id: input.auth_identity_id },
      normalizeDocuments(input.documents, "documents"),
      "documents"
    )

    const contact_phone = normalizeMoroccanPhone(cooperative.contact_phone)
    if (!contact_phone) {
      throw invalidField("cooperative.contact_phone", "invalid_phone")
    }
    let phone: string | null = null
    if (member.phone?.trim()) {
      phone = normalizeMoroccanPhone(member.phone)
      if (!phone) {
        throw invalidField("member.phone", "invalid_phone")
      }
    }
    if (cooperative.women_member_count > cooperative.member_count) {
      throw invalidField("cooperative.women_member_count", "too_large")
    }

    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    // Compared and stored in one form: "odco 12/345" is the cooperative registered as "ODCO12/345".
    const registration = normalizeRegistrationNumber(cooperative.legal_registration_number)
    const [registered] = await service.listCooperatives({ legal_registration_number: registration }, { select: ["id"] })
    if (registered) {
      throw stateConflict(`A cooperative with registration number ${registration} is already registered`)
    }

    let handle: string
    const wished = optional(cooperative.handle)
    if (wished) {
      const [taken] = await service.listCooperatives({ handle: wished }, { select: ["id"], withDeleted: true })
      if (taken) {
        throw stateConflict(`The handle ${wished} is already taken`)
      }
      handle = wished
    } else {
      const base = slugFrom([cooperative.name_fr, cooperative.name_en, cooperative.name], `cooperative-${registration.toLowerCase()}`)
      const similar = await service.listCooperatives({ handle: { $like: `${base}%` } }, { select: ["handle"], withDeleted: true })
      handle = firstFreeHandle(base, similar.map((found) => found.handle))
    }

    const translation = (name?: string | null, story?: string | null) => {
      const text = { name: optional(name), story: optional(story) }
      return text.name || text.story ? Object.fromEntries(Object.entries(text).filter(([, value]) => value)) : undefined
    }
    const valid: ValidApplication = {
      cooperative: {
        name: cooperative.name.trim(),
        handle,
        legal_registration_number: registration,
        region: cooperative.region,
        province: cooperative.province,
        commune: cooperative.commune.trim(),
        sector: cooperative.sector,
        founding_year: cooperative.founding_year ?? null,
        member_count: cooperative.member_count,
        women_member_count: cooperative.women_member_count,
        story: cooperative.story.trim(),
        contact_phone,
        status: "pending",
        locale: cooperative.locale ?? input.locale,
        translations: {
          fr: translation(cooperative.name_fr, cooperative.story_fr),
          en: translation(cooperative.name_en, cooperative.story_en),
        },
      },
      member: { first_name: member.first_name.trim(), last_name: member.last_name.trim(), phone, locale: input.locale },
      documents,
    }
    return new StepResponse(valid)
  }
)
