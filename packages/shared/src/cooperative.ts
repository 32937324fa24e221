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

/** The cooperative a store product carries when asked with `fields=*cooperative`. */
export type StoreProductCooperative = Pick<StoreCooperative, "id" | "handle" | "name" | "province" | "commune" | "sector" | "logo">

export type CooperativeStory = LocalizedText
