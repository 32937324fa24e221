/** Market editions and attribution: the storefront's pure rules. */
import assert from "node:assert/strict"
import { describe, it } from "node:test"
import QRCode from "qrcode"
import { ATTRIBUTION_METADATA_KEY, standLink, type Attribution, type ProgramItem } from "@tadamon/shared/contracts/store"
import { LOCALES } from "@tadamon/shared/i18n"
import {
  attributionFromUrl,
  cartMetadataWithAttribution,
  cooperativeOfPath,
  parseAttribution,
  preferAttribution,
  serializeAttribution,
} from "../src/lib/attribution"
import {
  featuredEdition,
  formatDateRange,
  formatDay,
  formatProgramDay,
  groupByStatus,
  programByDay,
  sortByStand,
} from "../src/modules/markets/lib/editions"
import { editionPath, shopThisMarketPath, standSheetPath } from "../src/modules/markets/lib/links"
import { qrSymbol } from "../src/modules/markets/lib/qr"

const AT = new Date("2026-12-20T10:00:00Z")

function attribution(overrides: Partial<Attribution> = {}): Attribution {
  return { edition: "taounate-2", channel: "stand_qr", cooperative: "nahl-ouergha", at: "2026-12-20T10:00:00.000Z", ...overrides }
}

describe("attribution from a landing link", () => {
  it("reads a stand's QR link and keeps the stand's cooperative", () => {
    const url = new URL(standLink("https://tadamon.example", "fr", "nahl-ouergha", "taounate-2"))
    assert.deepEqual(attributionFromUrl(url.pathname, url.searchParams, LOCALES, AT), {
      edition: "taounate-2",
      channel: "stand_qr",
      cooperative: "nahl-ouergha",
      at: AT.toISOString(),
    })
  })

  it("names no cooperative for an edition page's link, nor for a stand link off a cooperative page", () => {
    const shop = new URL(shopThisMarketPath("ar", "nahl-ouergha", "taounate-2"), "https://tadamon.example")
    assert.deepEqual(attributionFromUrl(shop.pathname, shop.searchParams, LOCALES, AT), {
      edition: "taounate-2",
      channel: "edition_page",
      cooperative: null,
      at: AT.toISOString(),
    })
    const product = attributionFromUrl("/ar/products/miel", new URLSearchParams("edition=taounate-2&via=stand_qr"), LOCALES, AT)
    assert.equal(product?.cooperative, null)
  })

  it("ignores links without an edition, or with one that is not a handle; an unknown door is `other`", () => {
    assert.equal(attributionFromUrl("/ar", new URLSearchParams("via=stand_qr"), LOCALES, AT), null)
    assert.equal(attributionFromUrl("/ar", new URLSearchParams("edition=<script>&via=stand_qr"), LOCALES, AT), null)
    assert.equal(attributionFromUrl("/ar", new URLSearchParams("edition=taounate-2&via=poster"), LOCALES, AT)?.channel, "other")
  })

  it("finds the cooperative of a shop path, with or without the locale", () => {
    assert.equal(cooperativeOfPath("/fr/cooperatives/nahl-ouergha", LOCALES), "nahl-ouergha")
    assert.equal(cooperativeOfPath("/cooperatives/nahl-ouergha", LOCALES), "nahl-ouergha")
    assert.equal(cooperativeOfPath("/fr/cooperatives", LOCALES), null)
    assert.equal(cooperativeOfPath("/fr/cooperatives/a/b", LOCALES), null)
    assert.equal(cooperativeOfPath("/fr/cooperatives/%E0%A4%A", LOCALES), null)
  })
})

describe("the attribution cookie", () => {
  it("round-trips through its JSON value", () => {
    assert.deepEqual(parseAttribution(serializeAttribution(attribution())), attribution())
  })

  it("refuses values it did not write", () => {
    for (const value of [undefined, "", "not json", "[]", "{}", JSON.stringify({ ...attribution(), channel: "poster" })]) {
      assert.equal(parseAttribution(value), null, String(value))
    }
    assert.equal(parseAttribution(JSON.stringify({ ...attribution(), at: "yesterday" })), null)
    assert.equal(parseAttribution({ ...attribution(), edition: "Taounate 2" }), null)
  })

  it("keeps the first visit, unless it came through another door and the new one through a market's", () => {
    const first = attribution({ channel: "edition_page", cooperative: null })
    const stand = attribution()
    const other = attribution({ channel: "other", cooperative: null })
    assert.equal(preferAttribution(null, stand), stand)
    assert.equal(preferAttribution(first, stand), first)
    assert.equal(preferAttribution(first, null), first)
    assert.equal(preferAttribution(other, stand), stand)
    assert.equal(preferAttribution(stand, other), stand)
    assert.equal(preferAttribution(null, null), null)
  })
})

describe("the cart's attribution", () => {
  it("is written into a cart that has none, keeping its other metadata", () => {
    assert.deepEqual(cartMetadataWithAttribution({ gift: true }, attribution()), {
      gift: true,
      [ATTRIBUTION_METADATA_KEY]: { edition: "taounate-2", channel: "stand_qr", cooperative: "nahl-ouergha", at: "2026-12-20T10:00:00.000Z" },
    })
    assert.deepEqual(cartMetadataWithAttribution(null, attribution())?.[ATTRIBUTION_METADATA_KEY], {
      edition: "taounate-2",
      channel: "stand_qr",
      cooperative: "nahl-ouergha",
      at: "2026-12-20T10:00:00.000Z",
    })
  })

  it("leaves a cart alone without a visit to attribute, or when its own attribution wins", () => {
    assert.equal(cartMetadataWithAttribution({ gift: true }, null), null)
    const held = { [ATTRIBUTION_METADATA_KEY]: { edition: "fes-1", channel: "edition_page", cooperative: null, at: "2026-11-01T00:00:00.000Z" } }
    assert.equal(cartMetadataWithAttribution(held, attribution()), null)
  })

  it("replaces an attribution through another door, and one it cannot read", () => {
    const other = { [ATTRIBUTION_METADATA_KEY]: { edition: "fes-1", channel: "other", cooperative: null, at: "2026-11-01T00:00:00.000Z" } }
    assert.equal(
      (cartMetadataWithAttribution(other, attribution())?.[ATTRIBUTION_METADATA_KEY] as Record<string, unknown>).edition,
      "taounate-2"
    )
    assert.ok(cartMetadataWithAttribution({ [ATTRIBUTION_METADATA_KEY]: "garbage" }, attribution()))
  })
})

const editions = [
  { id: "1", handle: "fes-1", starts_on: "2025-12-01", ends_on: "2025-12-07" },
  { id: "2", handle: "taounate-2", starts_on: "2026-12-19", ends_on: "2026-12-26" },
  { id: "3", handle: "meknes-1", starts_on: "2027-03-01", ends_on: "2027-03-07" },
  { id: "4", handle: "ifrane-1", starts_on: "2027-01-10", ends_on: "2027-01-15" },
  { id: "5", handle: "sefrou-1", starts_on: "2026-06-01", ends_on: "2026-06-05" },
]
const handles = (list: { handle: string }[]) => list.map((edition) => edition.handle)

describe("editions by status", () => {
  it("groups them by the Moroccan day: open, upcoming (next first), closed (latest first)", () => {
    const groups = groupByStatus(editions, AT)
    assert.deepEqual(handles(groups.open), ["taounate-2"])
    assert.deepEqual(handles(groups.upcoming), ["ifrane-1", "meknes-1"])
    assert.deepEqual(handles(groups.closed), ["sefrou-1", "fes-1"])
  })

  it("features the open edition, else the next one, else the last one", () => {
    assert.equal(featuredEdition(editions, AT)?.handle, "taounate-2")
    assert.equal(featuredEdition(editions, new Date("2026-12-27T10:00:00Z"))?.handle, "ifrane-1")
    assert.equal(featuredEdition(editions, new Date("2027-06-01T10:00:00Z"))?.handle, "meknes-1")
    assert.equal(featuredEdition([], AT), null)
  })

  it("keeps the last day open until midnight in Morocco", () => {
    // 26 December, 23:30 in Casablanca (UTC+1) is still the 26th there.
    assert.deepEqual(handles(groupByStatus(editions, new Date("2026-12-26T22:30:00Z")).open), ["taounate-2"])
    assert.deepEqual(handles(groupByStatus(editions, new Date("2026-12-26T23:30:00Z")).open), [])
  })
})

describe("program and stands", () => {
  const item = (id: string, day: string, starts_at: string): ProgramItem => ({ id, kind: "workshop", title: id, day, starts_at, ends_at: null })

  it("orders the program day by day, each day by time", () => {
    const days = programByDay([item("c", "2026-12-20", "15:00"), item("a", "2026-12-19", "10:00"), item("b", "2026-12-20", "09:30")])
    assert.deepEqual(
      days.map(({ day, items }) => [day, items.map((entry) => entry.id)]),
      [
        ["2026-12-19", ["a"]],
        ["2026-12-20", ["b", "c"]],
      ]
    )
  })

  it("orders stands by number", () => {
    const stand = (stand_number: string) => ({
      stand_number,
      cooperative: { id: stand_number, handle: stand_number, name: stand_number, logo: null, sector: "honey", province: "taounate" },
    })
    assert.deepEqual(
      sortByStand([stand("10"), stand("2"), stand("B1"), stand("A3")]).map((entry) => entry.stand_number),
      ["2", "10", "A3", "B1"]
    )
  })
})

describe("dates in the reader's language", () => {
  it("writes the edition's days", () => {
    assert.match(formatDateRange("2026-12-19", "2026-12-26", "en"), /^December 19\s?–\s?26, 2026$/)
    assert.match(formatDateRange("2026-12-19", "2026-12-26", "fr"), /^19\s?–\s?26 décembre 2026$/)
    assert.match(formatDateRange("2026-12-19", "2026-12-26", "ar"), /^19\s?–\s?26 دجنبر 2026$/)
    assert.equal(formatDay("2026-12-26", "fr"), "26 décembre 2026")
    assert.equal(formatProgramDay("2026-12-19", "fr"), "samedi 19 décembre")
  })
})

describe("links", () => {
  it("builds the edition, stand sheet and 'shop this market' paths", () => {
    assert.equal(editionPath("ar", "taounate-2"), "/ar/markets/taounate-2")
    assert.equal(standSheetPath("fr", "taounate-2", "nahl-ouergha"), "/fr/markets/taounate-2/stands/nahl-ouergha")
    assert.equal(shopThisMarketPath("fr", "nahl-ouergha", "taounate-2"), "/fr/cooperatives/nahl-ouergha?edition=taounate-2&via=edition_page")
  })
})

describe("the stand's QR code", () => {
  it("draws exactly the modules of the code, inside a four-module quiet zone", () => {
    const link = standLink("https://tadamon.example", "ar", "nahl-ouergha", "taounate-2")
    const { size, path } = qrSymbol(link)
    const { modules } = QRCode.create(link, { errorCorrectionLevel: "M" })
    assert.equal(size, modules.size + 8)
    const drawn = new Set<string>()
    for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
      for (let offset = 0; offset < Number(run); offset += 1) {
        drawn.add(`${Number(x) + offset - 4},${Number(y) - 4}`)
      }
    }
    let dark = 0
    for (let row = 0; row < modules.size; row += 1) {
      for (let column = 0; column < modules.size; column += 1) {
        assert.equal(drawn.has(`${column},${row}`), Boolean(modules.get(row, column)), `module ${column},${row}`)
        dark += modules.get(row, column) ? 1 : 0
      }
    }
    assert.equal(drawn.size, dark)
  })
})
