import { findRegion, isProvinceInRegion } from "./regions"
import { DEFAULT_LOCALE, type Locale } from "./locales"
import { parseMoroccanPhone } from "./phone"
import { validationMessage, type FieldError, type ValidationCode } from "./validation-messages"
import { provinceOfCity, resolveProvinceField } from "./province-resolver"

/**
 * A postal address in Morocco, in Medusa's address fields. `province` holds a province or
 * prefecture code ("taounate") once normalized; clients may send it as people write it ("Fès",
 * "فاس", "Province de Taza") or leave it empty when the city names one province ("Ghafsai").
 * `metadata.region` holds an optional region code ("03").
 */
export type MoroccanAddress = {
  first_name?: string | null
  last_name?: string | null
  company?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  country_code?: string | null
  phone?: string | null
  metadata?: Record<string, unknown> | null
}

export type AddressValidationOptions = {
  /** Shipping addresses need a mobile number the courier can call. */
  requirePhone?: boolean
  /** Language of the messages; Arabic by default. */
  locale?: Locale
  /** Path of the address in the request body, e.g. "shipping_address"; field names are prefixed with it. */
  prefix?: string
}

/** The only country Tadamon delivers to. */
export const ADDRESS_COUNTRY_CODE = "ma"

/** Longest accepted value per text field. */
export const ADDRESS_MAX_LENGTHS = {
  first_name: 80,
  last_name: 80,
  company: 120,
  address_1: 200,
  address_2: 200,
  city: 80,
} as const

type TextField = keyof typeof ADDRESS_MAX_LENGTHS
const REQUIRED_TEXT: readonly TextField[] = ["first_name", "last_name", "address_1", "city"]
const OPTIONAL_TEXT: readonly TextField[] = ["company", "address_2"]

/** The address fields a request may change (the rest, like `is_default_shipping`, are not checked here). */
export const ADDRESS_FIELDS = [
  "first_name",
  "last_name",
  "company",
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
  "country_code",
  "phone",
] as const

const POSTAL_CODE = /^\d{5}$/
// Deliberately simple: one @, no spaces, a dot in the domain. The mail server is the real judge.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function text(value: unknown): string | null {
  if (typeof value !== "string") {
    return null
  }
  const trimmed = value.trim()
  return trimmed ? trimmed : null
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && !value.trim())
}

function regionOf(metadata: unknown): unknown {
  return metadata && typeof metadata === "object" && !Array.isArray(metadata)
    ? (metadata as Record<string, unknown>).region
    : undefined
}

type AddressProvince = { status: "known"; code: string } | { status: "missing" } | { status: "unknown" }

/**
 * The province an address means: the one its `province` field names (code, name in any of the
 * three languages, common spelling, or a known town), else, when that field is empty, the one its
 * city belongs to. An explicit province wins over the city.
 */
function addressProvince(address: { province?: unknown; city?: unknown }): AddressProvince {
  const { province, city } = address
  if (isAbsent(province)) {
    const inferred = provinceOfCity(city)
    return inferred ? { status: "known", code: inferred } : { status: "missing" }
  }
  const code = resolveProvinceField(province)
  return code ? { status: "known", code } : { status: "unknown" }
}

/**
 * Checks a Moroccan address field by field. Accepts anything (a request body is untrusted) and
 * never throws; returns one error per faulty field, with its message in `locale`.
 */
export function validateMoroccanAddress(input: unknown, options: AddressValidationOptions = {}): FieldError[] {
  const { requirePhone = false, locale = DEFAULT_LOCALE, prefix } = options
  const errors: FieldError[] = []
  const fail = (field: string, code: ValidationCode) => {
    const path = prefix ? `${prefix}.${field}` : field
    errors.push({ field: path, code, message: validationMessage(code, path, locale) })
  }
  if (!input || typeof input !== "object" || Array.isArray(input)) {
    for (const field of [...REQUIRED_TEXT, "province"]) {
      fail(field, "required")
    }
    if (requirePhone) {
      fail("phone", "required")
    }
    return errors
  }
  const address = input as Record<string, unknown>

  for (const field of [...REQUIRED_TEXT, ...OPTIONAL_TEXT]) {
    const value = address[field]
    if (isAbsent(value)) {
      if (REQUIRED_TEXT.includes(field)) {
        fail(field, "required")
      }
    } else if (typeof value !== "string") {
      fail(field, "invalid_value")
    } else if (value.trim().length > ADDRESS_MAX_LENGTHS[field]) {
      fail(field, "too_long")
    }
  }

  const country = address.country_code
  if (!isAbsent(country) && (typeof country !== "string" || country.trim().toLowerCase() !== ADDRESS_COUNTRY_CODE)) {
    fail("country_code", "unsupported_country")
  }

  const province = addressProvince(address)
  if (province.status === "missing") {
    fail("province", "required")
  } else if (province.status === "unknown") {
    fail("province", "unknown_province")
  }

  const region = regionOf(address.metadata)
  if (!isAbsent(region)) {
    const known = typeof region === "string" ? findRegion(region.trim()) : undefined
    if (!known) {
      fail("metadata.region", "unknown_region")
    } else if (province.status === "known" && !isProvinceInRegion(province.code, known.code)) {
      fail("province", "province_not_in_region")
    }
  }

  const postal = address.postal_code
  if (!isAbsent(postal) && (typeof postal !== "string" || !POSTAL_CODE.test(postal.trim()))) {
    fail("postal_code", "invalid_postal_code")
  }

  const phone = address.phone
  if (isAbsent(phone)) {
    if (requirePhone) {
      fail("phone", "required")
    }
  } else {
    const parsed = typeof phone === "string" ? parseMoroccanPhone(phone) : null
    if (!parsed) {
      fail("phone", "invalid_phone")
    } else if (requirePhone && parsed.kind !== "mobile") {
      fail("phone", "not_mobile")
    }
  }
  return errors
}

/**
 * The stored form of a valid address: text trimmed, empty optional fields null, the province as
 * its code (read from its name or spelling, or inferred from the city when empty), the region as
 * its code, the country "ma", the phone as +212…. Fields it does not know (an `id`, other
 * metadata) pass through unchanged. Call it after `validateMoroccanAddress`.
 */
export function normalizeMoroccanAddress<T extends MoroccanAddress>(input: T): T {
  const normalized: T = { ...input }
  for (const field of [...REQUIRED_TEXT, ...OPTIONAL_TEXT]) {
    if (typeof input[field] === "string") {
      normalized[field] = text(input[field])
    }
  }
  const province = addressProvince(input)
  if (province.status === "known") {
    normalized.province = province.code
  } else if (typeof input.province === "string") {
    normalized.province = input.province.trim().toLowerCase()
  }
  normalized.country_code = ADDRESS_COUNTRY_CODE
  if (typeof input.postal_code === "string") {
    normalized.postal_code = text(input.postal_code)
  }
  if (typeof input.phone === "string") {
    normalized.phone = text(input.phone) ? (parseMoroccanPhone(input.phone)?.e164 ?? input.phone.trim()) : null
  }
  const region = regionOf(input.metadata)
  if (input.metadata && typeof region === "string") {
    const code = findRegion(region.trim())?.code
    normalized.metadata = { ...input.metadata, region: code ?? region.trim() }
  }
  return normalized
}

/** Checks an optional contact email; returns the error, if any, in `locale`. */
export function validateEmail(value: unknown, options: { field?: string; locale?: Locale } = {}): FieldError | null {
  const { field = "email", locale = DEFAULT_LOCALE } = options
  if (isAbsent(value)) {
    return null
  }
  if (typeof value === "string" && value.trim().length <= 254 && EMAIL.test(value.trim())) {
    return null
  }
  return { field, code: "invalid_email", message: validationMessage("invalid_email", field, locale) }
}

/** Emails are stored trimmed. */
export function normalizeEmail(value: string): string {
  return value.trim()
}
