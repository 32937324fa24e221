import type { HttpTypes } from "@medusajs/types"
import type { LocalizedText } from "./locales"

/** What a cooperative makes; food sectors need an ONSSA sanitary authorisation. */
export const SECTORS = ["honey", "figs-dried-fruit", "herbs", "olive-oil", "crafts"] as const
export type Sector = (typeof SECTORS)[number]
export const FOOD_SECTORS: readonly Sector[] = ["honey", "figs-dried-fruit", "herbs", "olive-oil"]

export function isSector(value: unknown): value is Sector {
  return typeof value === "string" && (SECTORS as readonly string[]).includes(value)
}

/**
 * pending (application under review) → approved (sells) ⇄ suspended (stopped by the organizers);
 * pending → rejected (application refused; the organizers may still approve it later).
 */
/**
 * A legal registration number as stored and compared: letters in capitals, no spaces (Unicode
 * spaces included), so "ODCO 12/345" and "odco12/345" are one cooperative.
 */
export function normalizeRegistrationNumber(value: string): string {
  return value.normalize("NFKC").replace(/\s+/gu, "").toUpperCase()
}

export const COOPERATIVE_STATUSES = ["pending", "approved", "suspended", "rejected"] as const
export type CooperativeStatus = (typeof COOPERATIVE_STATUSES)[number]

/** Suspended and rejected cooperatives read their data but change nothing (`status`: a `CooperativeStatus`, or any stored string). */
export function cooperativeReadOnly(status: string): boolean {
  return status === "suspended" || status === "rejected"
}

/** A cooperative as the Store API returns it (`/store/cooperatives`). */
export type StoreCooperative = {
  id: string
  handle: string
  name: string
  legal_registration_number: string
  region: string
  province: string
  commune: string
  sector: Sector
  founding_year: number | null
  member_count: number
  women_member_count: number
  /** In the requested locale, falling back to Arabic. */
  story: string
  logo: string | null
  contact_phone: string | null
  contact_email: string | null
  /**
   * Who sells (law 31-08), ready to show: legal name, registration number, address, phone, email.
   * Always there with the default fields; left out when `fields` leaves out what it is made from.
   */
  seller?: CooperativeSeller
}

/**
 * The seller's identity that Moroccan consumer law (31-08) asks a distance sale to show: on the
 * cooperative's page, its products and its orders. Place names are in the request's language.
 */
export type CooperativeSeller = {
  legal_name: string
  registration_number: string
  address: {
    /** The commune as the cooperative wrote it, in the requested locale, falling back to Arabic. */
    commune: string
    province: string
    region: string
  }
  /** E.164 ("+212…"): a `tel:` link as is; `formatMoroccanPhone` for reading. */
  phone: string | null
  email: string | null
}

/** The cooperative fields a `CooperativeSeller` is made from (`cooperativeSeller` in `@tadamon/shared/geography`). */
export type CooperativeSellerSource = Pick<StoreCooperative, "name" | "legal_registration_number" | "region" | "province" | "commune"> & {
  contact_phone?: string | null
  contact_email?: string | null
}

export type StoreCooperativeListResponse = {
  cooperatives: StoreCooperative[]
  count: number
  limit: number
  offset: number
}

/** One cooperative by handle (`/store/cooperatives/:handle`) with its products on sale. */
export type StoreCooperativeResponse = {
  cooperative: StoreCooperative
  products: HttpTypes.StoreProduct[]
}

/**
 * The cooperative a store product carries when asked with `fields=+cooperative.<field>`; the
 * seller's fields (registration number, region, phone, email) only when asked for.
 */
export type StoreProductCooperative = Pick<StoreCooperative, "id" | "handle" | "name" | "province" | "commune" | "sector" | "logo"> &
  Partial<Pick<StoreCooperative, "legal_registration_number" | "region" | "contact_phone" | "contact_email">>

export type CooperativeStory = LocalizedText
