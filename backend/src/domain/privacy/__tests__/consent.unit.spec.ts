import { consentUpdate, hasMarketingConsent } from "../consent"

const now = new Date("2026-12-21T11:00:00Z")

describe("marketing consent: given or withdrawn explicitly, dated by the server", () => {
  it("records a yes or a no with the server's time, whatever the client sent", () => {
    expect(consentUpdate({ marketing_consent: { granted: true, at: "2001-01-01" } }, now)).toEqual({
      kind: "recorded",
      consent: { granted: true, at: "2026-12-21T11:00:00.000Z" },
    })
    expect(consentUpdate({ marketing_consent: { granted: false } }, now)).toEqual({
      kind: "recorded",
      consent: { granted: false, at: "2026-12-21T11:00:00.000Z" },
    })
  })

  it("refuses anything but a yes or a no, and leaves other updates alone", () => {
    for (const value of ["yes", 1, null, {}, { granted: "true" }, [true]]) {
      expect(consentUpdate({ marketing_consent: value }, now)).toEqual({ kind: "refused", field: "metadata.marketing_consent.granted" })
    }
    expect(consentUpdate({ other: 1 }, now)).toEqual({ kind: "untouched" })
    expect(consentUpdate(undefined, now)).toEqual({ kind: "untouched" })
  })

  it("counts only an explicit, recorded yes", () => {
    expect(hasMarketingConsent({ marketing_consent: { granted: true, at: now.toISOString() } })).toBe(true)
    expect(hasMarketingConsent({ marketing_consent: { granted: false, at: now.toISOString() } })).toBe(false)
    expect(hasMarketingConsent({ marketing_consent: "true" })).toBe(false)
    expect(hasMarketingConsent(null)).toBe(false)
  })
})
