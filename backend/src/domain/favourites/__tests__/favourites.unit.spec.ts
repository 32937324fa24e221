import { parseGuestFavourites, serializeGuestFavourites, toggleGuestFavourite, GUEST_FAVOURITES_MAX } from "@tadamon/shared"
import { favouritesToCreate, isFavouritable, uniqueRefs } from "../favourites"
import { digestLocale, digestSince, isDigestDue, unsubscribeToken, verifyUnsubscribeToken, DIGEST_INTERVAL_MS } from "../digest"

describe("favourites: what may be saved", () => {
  it("saves a published product of an approved cooperative, and nothing the store hides", () => {
    expect(isFavouritable("product", { status: "published", cooperative: { status: "approved" } })).toBe(true)
    expect(isFavouritable("product", { status: "draft", cooperative: { status: "approved" } })).toBe(false)
    expect(isFavouritable("product", { status: "published", cooperative: { status: "suspended" } })).toBe(false)
    expect(isFavouritable("product", { status: "published", cooperative: null })).toBe(false)
    expect(isFavouritable("product", undefined)).toBe(false)
  })

  it("follows approved cooperatives only", () => {
    expect(isFavouritable("cooperative", { status: "approved" })).toBe(true)
    expect(isFavouritable("cooperative", { status: "pending" })).toBe(false)
    expect(isFavouritable("cooperative", { status: "suspended" })).toBe(false)
  })

  it("adds each new ref once, skipping saved and refused ones", () => {
    const honey = { kind: "product" as const, id: "prod_1" }
    const figs = { kind: "product" as const, id: "prod_2" }
    const coop = { kind: "cooperative" as const, id: "coop_1" }
    const hidden = { kind: "product" as const, id: "prod_3" }
    expect(uniqueRefs([honey, honey, coop])).toEqual([honey, coop])
    expect(favouritesToCreate([honey], [honey, figs, figs, coop, hidden], (ref) => ref.id !== "prod_3")).toEqual([figs, coop])
  })
})

describe("a guest's favourites cookie", () => {
  it("round-trips ids and drops anything malformed or repeated", () => {
    const value = serializeGuestFavourites([
      { kind: "product", id: "prod_01ABC" },
      { kind: "cooperative", id: "coop_01XYZ" },
      { kind: "product", id: "prod_01ABC" },
      { kind: "product", id: "coop_01XYZ" },
      { kind: "cooperative", id: "coop_bad id" },
    ])
    expect(value).toBe("p:prod_01ABC.c:coop_01XYZ")
    expect(parseGuestFavourites(value)).toEqual([
      { kind: "product", id: "prod_01ABC" },
      { kind: "cooperative", id: "coop_01XYZ" },
    ])
    expect(parseGuestFavourites("x:prod_1.p:prod_<script>.p:.c:prod_1.p:prod_2")).toEqual([{ kind: "product", id: "prod_2" }])
    expect(parseGuestFavourites("p:prod_" + "A".repeat(5000))).toEqual([])
    expect(parseGuestFavourites(undefined)).toEqual([])
  })

  it("keeps the newest entries within the bound, and toggles", () => {
    let refs = parseGuestFavourites("")
    for (let i = 0; i < GUEST_FAVOURITES_MAX + 5; i++) {
      refs = toggleGuestFavourite(refs, { kind: "product", id: `prod_${i}` }, true)
    }
    expect(refs).toHaveLength(GUEST_FAVOURITES_MAX)
    expect(refs[0]).toEqual({ kind: "product", id: "prod_5" })
    expect(parseGuestFavourites(serializeGuestFavourites(refs))).toEqual(refs)
    expect(toggleGuestFavourite(refs, { kind: "product", id: "prod_5" }, false)).toHaveLength(GUEST_FAVOURITES_MAX - 1)
  })
})

describe("the weekly digest", () => {
  const now = new Date("2026-12-07T08:00:00Z")

  it("goes at most once a week and reports since the last one", () => {
    expect(isDigestDue(null, now)).toBe(true)
    expect(isDigestDue(new Date(now.getTime() - DIGEST_INTERVAL_MS + 60_000), now)).toBe(false)
    expect(isDigestDue(new Date(now.getTime() - DIGEST_INTERVAL_MS), now)).toBe(true)
    expect(digestSince(null, now)).toEqual(new Date(now.getTime() - DIGEST_INTERVAL_MS))
    const threeDaysAgo = new Date(now.getTime() - 3 * 24 * 3600 * 1000)
    expect(digestSince(threeDaysAgo, now)).toEqual(threeDaysAgo)
  })

  it("writes in the customer's language, else their last order's, else Arabic", () => {
    expect(digestLocale("fr", "en")).toBe("fr")
    expect(digestLocale(null, "en-GB")).toBe("en")
    expect(digestLocale("de", undefined)).toBe("ar")
    expect(digestLocale(undefined, undefined)).toBe("ar")
  })

  it("signs unsubscribe tokens that only the secret's holder can make", () => {
    const token = unsubscribeToken("cus_01ABC", "secret-one")
    expect(verifyUnsubscribeToken(token, "secret-one")).toBe("cus_01ABC")
    expect(verifyUnsubscribeToken(token, "secret-two")).toBeNull()
    const [, signature] = token.split(".")
    const forged = `${Buffer.from("cus_01ABD").toString("base64url")}.${signature}`
    expect(verifyUnsubscribeToken(forged, "secret-one")).toBeNull()
    expect(verifyUnsubscribeToken("", "secret-one")).toBeNull()
    expect(verifyUnsubscribeToken("a.b.c", "secret-one")).toBeNull()
    expect(verifyUnsubscribeToken(`${token}x`, "secret-one")).toBeNull()
  })
})
