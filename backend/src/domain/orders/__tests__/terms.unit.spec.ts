import { TERMS_VERSION } from "@tadamon/shared"
import { acceptanceOf, acceptanceUpdate, termsProblem } from "../terms"

const now = new Date("2026-12-21T11:00:00Z")

describe("terms of sale: the customer accepts the version in force, the server dates it", () => {
  it("records the version in force at the server's time, whatever time the client sent", () => {
    expect(acceptanceUpdate({ terms_acceptance: { version: TERMS_VERSION, accepted_at: "2020-01-01T00:00:00Z" } }, now)).toEqual({
      kind: "accepted",
      acceptance: { version: TERMS_VERSION, accepted_at: "2026-12-21T11:00:00.000Z" },
    })
  })

  it("refuses another version, a missing version and values a form would never send, naming the field", () => {
    const field = "metadata.terms_acceptance.version"
    expect(acceptanceUpdate({ terms_acceptance: { version: "2019-01-01" } }, now)).toEqual({ kind: "refused", field, code: "terms_changed" })
    for (const value of [{}, { version: 7 }, true, "yes", ["2026-12-07"], null]) {
      expect(acceptanceUpdate({ terms_acceptance: value }, now)).toEqual({ kind: "refused", field, code: "terms_not_accepted" })
    }
  })

  it("leaves other updates alone and lets the customer withdraw", () => {
    expect(acceptanceUpdate(undefined, now)).toEqual({ kind: "untouched" })
    expect(acceptanceUpdate({ tadamon_attribution: {} }, now)).toEqual({ kind: "untouched" })
    expect(acceptanceUpdate({ terms_acceptance: "" }, now)).toEqual({ kind: "withdrawn" })
  })

  it("lets a cart be completed only with the acceptance of the terms in force", () => {
    const accepted = { version: TERMS_VERSION, accepted_at: now.toISOString() }
    expect(termsProblem({ terms_acceptance: accepted })).toBeNull()
    expect(termsProblem(null)).toEqual({ field: "terms_acceptance", code: "terms_not_accepted" })
    expect(termsProblem({ terms_acceptance: "yes" })).toEqual({ field: "terms_acceptance", code: "terms_not_accepted" })
    expect(termsProblem({ terms_acceptance: { version: "2019-01-01", accepted_at: now.toISOString() } })).toEqual({
      field: "terms_acceptance",
      code: "terms_changed",
    })
    expect(termsProblem({ terms_acceptance: { version: TERMS_VERSION } })).toEqual({ field: "terms_acceptance", code: "terms_changed" })
    expect(acceptanceOf({ terms_acceptance: { ...accepted, extra: "x" } })).toEqual(accepted)
    expect(acceptanceOf({})).toBeNull()
  })
})
