import type { CooperativeStatus, Locale, Sector } from "@tadamon/shared"

/** The translatable text of a cooperative, for one locale other than the stored Arabic. */
export type CooperativeTranslation = {
  name?: string
  commune?: string
  story?: string
}

export type CooperativeInput = {
  name: string
  handle: string
  legal_registration_number: string
  region: string
  province: string
  commune: string
  sector: Sector
  founding_year?: number | null
  member_count?: number
  women_member_count?: number
  /** In Arabic, the stored base language. */
  story: string
  logo?: string | null
  contact_phone?: string | null
  contact_email?: string | null
  status?: CooperativeStatus
  /** The language of the cooperative's emails; Arabic by default. */
  locale?: Locale
  translations?: Partial<Record<Exclude<Locale, "ar">, CooperativeTranslation>>
}
