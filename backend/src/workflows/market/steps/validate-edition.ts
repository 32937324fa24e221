import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findProvince, PROGRAM_KINDS, type AdminEditionInput, type LocalizedText } from "@tadamon/shared"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { MARKET_MODULE } from "../../../modules/market"
import type MarketModuleService from "../../../modules/market/service"
import { invalidField } from "../../../utils/field-error"
import type { ValidEdition } from "../types"
import { isCalendarDay, isClockTime } from "../../../domain/market/calendar"

export type ValidateEditionStepInput = {
  /** The edition being changed; null for a new one (then every field is required). */
  id: string | null
  edition: Partial<AdminEditionInput>
}

const LOCALES = ["ar", "fr", "en"] as const

function text(value: LocalizedText | undefined, field: string): LocalizedText {
  const trimmed = Object.fromEntries(LOCALES.map((locale) => [locale, (value?.[locale] ?? "").trim()])) as LocalizedText
  for (const locale of LOCALES) {
    if (!trimmed[locale]) {
      throw invalidField(`${field}.${locale}`, "required")
    }
  }
  return trimmed
}

/**
 * Checks an edition before anything is written, naming the field at fault (`invalidField`):
 * a free handle, a known province, real days in order, one stand per cooperative and one
 * cooperative per stand, cooperatives that exist and are approved, program items on the
 * edition's days at valid `HH:MM` times.
 */
export const validateEditionStep = createStep(
  "validate-edition",
  async ({ id, edition: input }: ValidateEditionStepInput, { container }) => {
    const market: MarketModuleService = container.resolve(MARKET_MODULE)
    const current = id ? (await market.listEditions({ id }, { take: 1 }))[0] : null
    if (id && !current) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Edition ${id} was not found`)
    }
    const creating = !current
    const valid: ValidEdition = { id, handle: current?.handle ?? "", fields: {}, translations: {}, participants: null, program: null }

    if (creating || input.handle !== undefined) {
      const handle = (input.handle ?? "").trim()
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(handle) || handle.length > 100) {
        throw invalidField("handle", handle ? "invalid_value" : "required")
      }
      const [taken] = await market.listEditions({ handle }, { take: 1, select: ["id"] })
      if (taken && taken.id !== id) {
        throw invalidField("handle", "already_taken")
      }
      valid.fields.handle = handle
      valid.handle = handle
    }
    for (const field of ["name", "venue"] as const) {
      if (creating || input[field] !== undefined) {
        const localized = text(input[field], field)
        valid.fields[field] = localized.ar
        for (const locale of ["fr", "en"] as const) {
          valid.translations[locale] = { ...valid.translations[locale], [field]: localized[locale] }
        }
      }
    }
    if (creating || input.province !== undefined) {
      const province = (input.province ?? "").trim()
      if (!province) {
        throw invalidField("province", "required")
      }
      if (!findProvince(province)) {
        throw invalidField("province", "unknown_province")
      }
      valid.fields.province = province
    }
    for (const field of ["starts_on", "ends_on"] as const) {
      if (creating || input[field] !== undefined) {
        if (!input[field]) {
          throw invalidField(field, "required")
        }
        if (!isCalendarDay(input[field])) {
          throw invalidField(field, "invalid_date")
        }
        valid.fields[field] = input[field]
      }
    }
    const startsOn = valid.fields.starts_on ?? current?.starts_on ?? ""
    const endsOn = valid.fields.ends_on ?? current?.ends_on ?? ""
    if (startsOn > endsOn) {
      throw invalidField("starts_on", "period_reversed")
    }
    if (input.edition_number !== undefined) {
      if (input.edition_number !== null && (!Number.isInteger(input.edition_number) || input.edition_number < 1)) {
        throw invalidField("edition_number", "invalid_value")
      }
      valid.fields.edition_number = input.edition_number
    } else if (creating) {
      valid.fields.edition_number = null
    }

    if (input.participants !== undefined || creating) {
      const participants = (input.participants ?? []).map((participant) => ({
        cooperative_id: (participant.cooperative_id ?? "").trim(),
        stand_number: (participant.stand_number ?? "").trim(),
      }))
      const stands = new Set<string>()
      const cooperativeIds = new Set<string>()
      participants.forEach((participant, index) => {
        if (!participant.cooperative_id) {
          throw invalidField(`participants.${index}.cooperative_id`, "required")
        }
        if (!participant.stand_number) {
          throw invalidField(`participants.${index}.stand_number`, "required")
        }
        if (participant.stand_number.length > 20) {
          throw invalidField(`participants.${index}.stand_number`, "too_long")
        }
        if (cooperativeIds.has(participant.cooperative_id)) {
          throw invalidField(`participants.${index}.cooperative_id`, "duplicate_value")
        }
        if (stands.has(participant.stand_number.toLowerCase())) {
          throw invalidField(`participants.${index}.stand_number`, "duplicate_value")
        }
        cooperativeIds.add(participant.cooperative_id)
        stands.add(participant.stand_number.toLowerCase())
      })
      if (participants.length) {
        const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
        const approved = new Set(
          (
            await cooperatives.listCooperatives(
              { id: [...cooperativeIds], status: "approved" },
              { select: ["id"], take: null }
            )
          ).map((cooperative) => cooperative.id)
        )
        const index = participants.findIndex((participant) => !approved.has(participant.cooperative_id))
        if (index >= 0) {
          throw invalidField(`participants.${index}.cooperative_id`, "cooperative_not_approved")
        }
      }
      valid.participants = participants
    }

    const inEdition = (day: string) => day >= startsOn && day <= endsOn
    if (input.program !== undefined || creating) {
      valid.program = (input.program ?? []).map((item, index) => {
        const field = (name: string) => `program.${index}.${name}`
        if (!(PROGRAM_KINDS as readonly string[]).includes(item.kind)) {
          throw invalidField(field("kind"), item.kind ? "invalid_value" : "required")
        }
        const title = text(item.title, field("title"))
        if (!item.day) {
          throw invalidField(field("day"), "required")
        }
        if (!isCalendarDay(item.day)) {
          throw invalidField(field("day"), "invalid_date")
        }
        if (!inEdition(item.day)) {
          throw invalidField(field("day"), "day_outside_edition")
        }
        if (!isClockTime(item.starts_at)) {
          throw invalidField(field("starts_at"), item.starts_at ? "invalid_value" : "required")
        }
        const endsAt = item.ends_at || null
        if (endsAt !== null && (!isClockTime(endsAt) || endsAt <= item.starts_at)) {
          throw invalidField(field("ends_at"), "invalid_value")
        }
        return { kind: item.kind, title, day: item.day, starts_at: item.starts_at, ends_at: endsAt }
      })
    } else if (current && (valid.fields.starts_on || valid.fields.ends_on)) {
      // New dates must still hold the program that stays.
      const kept = await market.listProgramItems({ edition_id: current.id }, { select: ["day"], take: null })
      if (kept.some((item) => !inEdition(item.day))) {
        throw invalidField("program", "day_outside_edition")
      }
    }
    return new StepResponse(valid)
  }
)
