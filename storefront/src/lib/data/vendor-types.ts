import type { CooperativeStatus, Sector } from "@tadamon/shared"

/**
 * Types of the cooperative API that `@tadamon/shared` does not hold (yet). Type-only: client
 * islands may import it.
 */

export type VendorRole = "owner" | "member"

/** `GET /vendor/me`: the signed-in member and their cooperative (any status). */
export type VendorMeResponse = {
  member: {
    id: string
    email: string
    first_name: string
    last_name: string
    phone: string | null
    role: VendorRole
    locale: string | null
  }
  cooperative: {
    id: string
    handle: string
    name: string
    status: CooperativeStatus
    status_reason: string | null
    sector: Sector
    province: string
    region: string
    commune: string
    logo: string | null
  }
}
