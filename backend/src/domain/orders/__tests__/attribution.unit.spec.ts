import { attributionClaim, decideAttribution, NO_ATTRIBUTION, type EditionFacts } from "../attribution"

const taounate: EditionFacts = {
  id: "medi_taounate",
  starts_on: "2026-12-19",
  ends_on: "2026-12-26",
  participants: [
    { cooperative_id: "coop_a", cooperative_handle: "nahl", cooperative_status: "approved" },
    { cooperative_id: "coop_b", cooperative_handle: "tin", cooperative_status: "approved" },
    { cooperative_id: "coop_p", cooperative_handle: "pending", cooperative_status: "pending" },
    { cooperative_id: "coop_s", cooperative_handle: "suspended", cooperative_status: "suspended" },
  ],
}
const duringTheFair = new Date("2026-12-21T11:00:00Z")
const claim = (channel: string, cooperative?: string) =>
  attributionClaim({ tadamon_attribution: { edition: "taounate-2026", channel, cooperative } })

describe("attribution: the server decides what the cart's claim is worth", () => {
  it("credits a stand whose cooperative took part and has goods in the cart", () => {
    expect(decideAttribution(claim("stand_qr", "nahl"), taounate, ["coop_a"], duringTheFair)).toEqual({
      edition_id: "medi_taounate",
      channel: "stand_qr",
      attributed_cooperative_id: "coop_a",
    })
    expect(decideAttribution(claim("stand_qr", "coop_a"), taounate, ["coop_a", "coop_x"], duringTheFair).attributed_cooperative_id).toBe("coop_a")
  })

  it("never credits another cooperative's stand, a pending or suspended one, or one that did not take part", () => {
    expect(decideAttribution(claim("stand_qr", "tin"), taounate, ["coop_a"], duringTheFair)).toEqual(NO_ATTRIBUTION)
    expect(decideAttribution(claim("stand_qr", "pending"), taounate, ["coop_p"], duringTheFair)).toEqual(NO_ATTRIBUTION)
    expect(decideAttribution(claim("stand_qr", "suspended"), taounate, ["coop_s"], duringTheFair)).toEqual(NO_ATTRIBUTION)
    expect(decideAttribution(claim("stand_qr", "elsewhere"), taounate, ["coop_z"], duringTheFair)).toEqual(NO_ATTRIBUTION)
    expect(decideAttribution(claim("stand_qr"), taounate, ["coop_a"], duringTheFair)).toEqual(NO_ATTRIBUTION)
  })

  it("credits an edition page only when the cart holds goods of a cooperative that took part", () => {
    expect(decideAttribution(claim("edition_page"), taounate, ["coop_b", "coop_z"], duringTheFair)).toEqual({
      edition_id: "medi_taounate",
      channel: "edition_page",
      attributed_cooperative_id: null,
    })
    expect(decideAttribution(claim("edition_page"), taounate, ["coop_z"], duringTheFair)).toEqual(NO_ATTRIBUTION)
  })

  it("credits nothing outside the edition's window, for an unknown edition, or for a malformed claim", () => {
    expect(decideAttribution(claim("stand_qr", "nahl"), taounate, ["coop_a"], new Date("2027-03-01T12:00:00Z"))).toEqual(NO_ATTRIBUTION)
    expect(decideAttribution(claim("stand_qr", "nahl"), taounate, ["coop_a"], new Date("2026-10-01T12:00:00Z"))).toEqual(NO_ATTRIBUTION)
    expect(decideAttribution(claim("stand_qr", "nahl"), null, ["coop_a"], duringTheFair)).toEqual(NO_ATTRIBUTION)
    expect(attributionClaim({ tadamon_attribution: { edition: "<script>", channel: "stand_qr" } })).toBeNull()
    expect(attributionClaim({ tadamon_attribution: { edition: "taounate-2026", channel: "email" } })).toBeNull()
    expect(attributionClaim({ tadamon_attribution: "taounate-2026" })).toBeNull()
    expect(attributionClaim(null)).toBeNull()
  })
})
