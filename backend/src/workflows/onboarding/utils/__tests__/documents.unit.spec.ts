import type { VendorDocumentInput } from "@tadamon/shared"
import { documentField, normalizeDocuments, parseDay } from "../documents"

const NOW = new Date("2026-12-01T10:00:00.000Z")

const document = (overrides: Partial<VendorDocumentInput> = {}): VendorDocumentInput => ({
  type: "sanitary_authorisation",
  number: "ONSSA-12.34.2025",
  issuer: "ONSSA",
  valid_until: "2027-06-30",
  file_url: "file_01JDOC",
  ...overrides,
})

/** The field error a normalization throws (field, code and Medusa's error type), or null when it passes. */
function problemOf(run: () => unknown): { field: unknown; code: unknown; type: unknown } | null {
  try {
    run()
  } catch (error) {
    const { field, field_code, type } = error as { field?: unknown; field_code?: unknown; type?: unknown }
    return { field, code: field_code, type }
  }
  return null
}

describe("a document field's path in the request", () => {
  it("is indexed under the prefix in a list, and bare for a single document", () => {
    expect(documentField("documents", 2, "valid_until")).toBe("documents.2.valid_until")
    expect(documentField("cooperative.documents", 0, "file_url")).toBe("cooperative.documents.0.file_url")
    expect(documentField(null, 3, "label_name")).toBe("label_name")
  })
})

describe("a day written YYYY-MM-DD", () => {
  it("is midnight UTC of that day", () => {
    expect(parseDay("2027-06-30")?.toISOString()).toBe("2027-06-30T00:00:00.000Z")
    expect(parseDay("2028-02-29")?.toISOString()).toBe("2028-02-29T00:00:00.000Z")
  })

  it("is nothing when the day does not exist or is written otherwise", () => {
    for (const value of ["2027-02-29", "2027-04-31", "2027-13-01", "2027-6-30", "30/06/2027", "2027-06-30T00:00:00Z", ""]) {
      expect(parseDay(value)).toBeNull()
    }
  })
})

describe("a cooperative's documents, checked whatever the route", () => {
  it("keeps trimmed texts, blanks as nothing, and the validity day as midnight UTC", () => {
    const [normalized] = normalizeDocuments(
      [document({ number: "  ONSSA-12.34.2025 ", issuer: "   ", label_name: " ", file_url: "  file_01JDOC  " })],
      "documents",
      NOW
    )
    expect(normalized).toEqual({
      type: "sanitary_authorisation",
      label_name: null,
      number: "ONSSA-12.34.2025",
      issuer: null,
      valid_until: new Date("2027-06-30T00:00:00.000Z"),
      file_url: "file_01JDOC",
    })
  })

  it("lets an «other» document go without a validity date", () => {
    const [normalized] = normalizeDocuments([document({ type: "other", valid_until: null, number: null, issuer: undefined })], "documents", NOW)
    expect(normalized).toEqual({ type: "other", label_name: null, number: null, issuer: null, valid_until: null, file_url: "file_01JDOC" })
  })

  it("requires a validity date on a sanitary authorisation, an IGP and an organic certificate", () => {
    for (const type of ["sanitary_authorisation", "igp", "organic"] as const) {
      expect(problemOf(() => normalizeDocuments([document({ type, label_name: "Argane", valid_until: null })], "documents", NOW))).toEqual({
        field: "documents.0.valid_until",
        code: "required",
        type: "invalid_data",
      })
      expect(problemOf(() => normalizeDocuments([document({ type, label_name: "Argane", valid_until: "" })], null, NOW))).toEqual({
        field: "valid_until",
        code: "required",
        type: "invalid_data",
      })
    }
  })

  it("refuses a validity date that is not a real day, even on an «other» document", () => {
    expect(problemOf(() => normalizeDocuments([document({ valid_until: "2027-02-30" })], "documents", NOW))).toEqual({
      field: "documents.0.valid_until",
      code: "invalid_date",
      type: "invalid_data",
    })
    expect(problemOf(() => normalizeDocuments([document({ type: "other", valid_until: "31/12/2027" })], null, NOW))?.code).toBe("invalid_date")
  })

  it("accepts a document valid until today, through the last second of the day, and refuses it from the next day", () => {
    expect(problemOf(() => normalizeDocuments([document({ valid_until: "2026-12-01" })], "documents", NOW))).toBeNull()
    expect(problemOf(() => normalizeDocuments([document({ valid_until: "2026-12-01" })], "documents", new Date("2026-12-01T23:59:59.999Z")))).toBeNull()
    expect(problemOf(() => normalizeDocuments([document({ valid_until: "2026-12-01" })], "documents", new Date("2026-12-02T00:00:00.000Z")))).toEqual({
      field: "documents.0.valid_until",
      code: "date_in_past",
      type: "invalid_data",
    })
    expect(problemOf(() => normalizeDocuments([document({ type: "other", valid_until: "2026-11-30" })], "documents", NOW))?.code).toBe("date_in_past")
  })

  it("requires the label's own name on an IGP or organic certificate, blanks counting as none", () => {
    for (const type of ["igp", "organic"] as const) {
      expect(problemOf(() => normalizeDocuments([document({ type, label_name: "   " })], "documents", NOW))).toEqual({
        field: "documents.0.label_name",
        code: "required",
        type: "invalid_data",
      })
    }
    const [igp] = normalizeDocuments([document({ type: "igp", label_name: " Figue sèche Nabout de Taounate ", issuer: "Normacert" })], "documents", NOW)
    expect(igp).toMatchObject({ type: "igp", label_name: "Figue sèche Nabout de Taounate", issuer: "Normacert" })
  })

  it("names the failing document's own index in a list, checking its date before its label", () => {
    const documents = [document(), document({ type: "organic", label_name: null, valid_until: null })]
    expect(problemOf(() => normalizeDocuments(documents, "documents", NOW))?.field).toBe("documents.1.valid_until")
    const dated = [document(), document(), document({ type: "organic", label_name: null })]
    expect(problemOf(() => normalizeDocuments(dated, "cooperative.documents", NOW))?.field).toBe("cooperative.documents.2.label_name")
  })
})
