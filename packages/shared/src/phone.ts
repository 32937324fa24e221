import data from "./data/morocco-geography.json"

const COUNTRY_CODE = data.phone.country_code // "+212"
const NSN_LENGTH = data.phone.national_significant_number_length // 9
const MOBILE_PREFIXES: readonly string[] = data.phone.mobile_prefixes // ["6", "7"]

export type PhoneKind = "mobile" | "fixed"

export type ParsedPhone = {
  /** E.164 form, e.g. "+212612345678". */
  e164: string
  kind: PhoneKind
}

// Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits, as Arabic keyboards type them.
const ARABIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g
// Spaces (non-breaking ones included), dots, dashes of every width, slashes, parentheses, and the
// invisible direction marks that come along when a number is copied from Arabic text.
const SEPARATORS = /[\s.\-\u2010-\u2015\u2212/()\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g

function asciiDigits(input: string): string {
  return input.replace(ARABIC_DIGITS, (digit) => {
    const code = digit.charCodeAt(0)
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660)
  })
}

/**
 * Reads a Moroccan number as people write it: "0612345678", "06 12 34 56 78",
 * "+212 6 12 34 56 78", "+212 (0) 6 12 34 56 78", "00212612345678", "212612345678", in Western
 * or Arabic-Indic digits ("٠٦١٢٣٤٥٦٧٨"). Returns null when it is not one.
 * Fixed lines start with 5, mobiles with 6 or 7 (8 is for special services, refused here).
 */
export function parseMoroccanPhone(input: string): ParsedPhone | null {
  if (typeof input !== "string") {
    return null
  }
  // NFKC turns full-width digits and plus signs into ASCII ones.
  const compact = asciiDigits(input.normalize("NFKC")).trim().replace(SEPARATORS, "")
  let nsn: string | null = null
  if (/^\+212\d+$/.test(compact)) {
    nsn = compact.slice(4)
  } else if (/^00212\d+$/.test(compact)) {
    nsn = compact.slice(5)
  } else if (/^212\d{9,10}$/.test(compact)) {
    nsn = compact.slice(3)
  } else if (/^0\d{9}$/.test(compact)) {
    nsn = compact.slice(1)
  }
  // "+212 (0) 6…": the national trunk 0 written after the country code.
  if (nsn && nsn.length === NSN_LENGTH + 1 && nsn.startsWith("0")) {
    nsn = nsn.slice(1)
  }
  if (!nsn || nsn.length !== NSN_LENGTH || !/^\d+$/.test(nsn)) {
    return null
  }
  const first = nsn[0]
  if (MOBILE_PREFIXES.includes(first)) {
    return { e164: `${COUNTRY_CODE}${nsn}`, kind: "mobile" }
  }
  if (first === "5") {
    return { e164: `${COUNTRY_CODE}${nsn}`, kind: "fixed" }
  }
  return null
}

export function normalizeMoroccanPhone(input: string): string | null {
  return parseMoroccanPhone(input)?.e164 ?? null
}

export function isMoroccanMobile(input: string): boolean {
  return parseMoroccanPhone(input)?.kind === "mobile"
}

/** "+212612345678" → "+212 6 12 34 56 78" for display. */
export function formatMoroccanPhone(e164: string): string {
  const parsed = parseMoroccanPhone(e164)
  if (!parsed) {
    return e164
  }
  const n = parsed.e164.slice(4)
  return `${COUNTRY_CODE} ${n[0]} ${n.slice(1, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7, 9)}`
}
