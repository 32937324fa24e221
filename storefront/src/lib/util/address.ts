import { findProvince, regionOfProvince } from "@tadamon/shared/geography"
import { validationMessage, type Locale } from "@tadamon/shared/i18n"

/** The inputs of the Moroccan address form, in order. */
export const ADDRESS_INPUTS = [
  "first_name",
  "last_name",
  "phone",
  "region",
  "province",
  "city",
  "address_1",
  "address_2",
  "postal_code",
] as const

export type AddressInput = (typeof ADDRESS_INPUTS)[number]
export type AddressValues = Partial<Record<AddressInput, string>>

/** A Medusa address as the Store API takes it: province code in `province`, region code in `metadata.region`. */
export type AddressPayload = {
  first_name: string
  last_name: string
  phone: string
  address_1: string
  address_2: string | null
  city: string
  province: string
  postal_code: string | null
  country_code: "ma"
  metadata: { region: string }
}

type ReadText = (name: AddressInput) => string

/**
 * The payload for the address typed in the form. Values are sent as typed (trimmed): the backend
 * judges them (localized field errors) and stores them normalized (+212 phone). A missing region
 * is taken from the province.
 */
export function addressPayload(read: ReadText): AddressPayload {
  const province = read("province")
  const region = read("region") || (findProvince(province) ? (regionOfProvince(province)?.code ?? "") : "")
  return {
    first_name: read("first_name"),
    last_name: read("last_name"),
    phone: read("phone"),
    address_1: read("address_1"),
    address_2: read("address_2") || null,
    city: read("city"),
    province,
    postal_code: read("postal_code") || null,
    country_code: "ma",
    metadata: { region },
  }
}

type StoredAddress = {
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  metadata?: Record<string, unknown> | null
}

/** Form values from an address the backend holds (cart, customer): the region from metadata or the province. */
export function addressValues(address: StoredAddress | null | undefined): AddressValues {
  if (!address) {
    return {}
  }
  const province = address.province ?? ""
  const stored = address.metadata?.region
  const region = typeof stored === "string" && stored ? stored : (regionOfProvince(province)?.code ?? "")
  return {
    first_name: address.first_name ?? "",
    last_name: address.last_name ?? "",
    phone: address.phone ?? "",
    region,
    province,
    city: address.city ?? "",
    address_1: address.address_1 ?? "",
    address_2: address.address_2 ?? "",
    postal_code: address.postal_code ?? "",
  }
}

/** True when an address has what delivery needs (the backend decides validity). */
export function isAddressComplete(address: StoredAddress | null | undefined): boolean {
  return !!(address?.first_name && address.last_name && address.phone && address.address_1 && address.city && address.province)
}

/** The inputs delivery cannot do without (address_2 and postal_code are optional). */
export const REQUIRED_ADDRESS_INPUTS = ["first_name", "last_name", "phone", "region", "province", "city", "address_1"] as const

/**
 * "Required" errors for empty inputs, in the backend's own words (`validationMessage`), so a form
 * sent without browser validation gets the same message without a round trip. Only presence is
 * checked here: the backend judges the values.
 */
export function requiredErrors(
  values: Record<string, string>,
  names: readonly string[],
  locale: Locale
): Record<string, string> {
  return Object.fromEntries(names.filter((name) => !values[name]).map((name) => [name, validationMessage("required", name, locale)]))
}
