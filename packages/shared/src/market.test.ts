import assert from "node:assert/strict"
import { test } from "node:test"
import { attributionFromQuery, editionStatus, moroccanDay, moroccanDayStart, shiftDay, standLink, withinAttributionWindow } from "./market"

test("an edition is upcoming, open through its last Moroccan day, then closed", () => {
  const edition = { starts_on: "2026-12-19", ends_on: "2026-12-26" }
  assert.equal(editionStatus(edition, new Date("2026-12-18T22:59:00Z")), "upcoming")
  // 23:30 UTC on the 18th is already the 19th in Morocco (UTC+1).
  assert.equal(editionStatus(edition, new Date("2026-12-18T23:30:00Z")), "open")
  assert.equal(editionStatus(edition, new Date("2026-12-26T22:00:00Z")), "open")
  assert.equal(editionStatus(edition, new Date("2026-12-26T23:30:00Z")), "closed")
  assert.equal(moroccanDay(new Date("2026-12-31T23:30:00Z")), "2027-01-01")
})

test("a Moroccan day begins at midnight in Morocco: 23:00 UTC the day before, midnight UTC during Ramadan", () => {
  assert.equal(moroccanDayStart("2026-12-20").toISOString(), "2026-12-19T23:00:00.000Z")
  assert.equal(moroccanDayStart("2027-01-01").toISOString(), "2026-12-31T23:00:00.000Z")
  // Morocco keeps UTC+0 through Ramadan (in 2026, from mid-February to late March).
  assert.equal(moroccanDayStart("2026-03-01").toISOString(), "2026-03-01T00:00:00.000Z")
  for (const day of ["2026-02-15", "2026-03-22", "2026-06-30", "2026-12-26"]) {
    const start = moroccanDayStart(day)
    assert.equal(moroccanDay(start), day)
    assert.equal(moroccanDay(new Date(start.getTime() - 1)), shiftDay(day, -1))
  }
  assert.equal(shiftDay("2026-12-31", 1), "2027-01-01")
  assert.equal(shiftDay("2026-03-01", -1), "2026-02-28")
})

test("a stand link carries the edition and the stand channel, and reads back", () => {
  const link = new URL(standLink("https://tadamon.ma", "ar", "nahl-taounate", "taounate-2026"))
  assert.equal(link.pathname, "/ar/cooperatives/nahl-taounate")
  const attribution = attributionFromQuery(Object.fromEntries(link.searchParams), new Date("2026-12-20T10:00:00Z"), "coop_1")
  assert.deepEqual(attribution, { edition: "taounate-2026", channel: "stand_qr", cooperative: "coop_1", at: "2026-12-20T10:00:00.000Z" })
})

test("links without an edition, or with a malformed one, attribute nothing; unknown channels count as other", () => {
  assert.equal(attributionFromQuery({}), null)
  assert.equal(attributionFromQuery({ edition: "<script>" }), null)
  assert.equal(attributionFromQuery({ edition: "taounate-2026", via: "email" })?.channel, "other")
})

test("an edition is credited from 30 Moroccan days before it opens to 30 after it closes, and never outside", () => {
  const edition = { starts_on: "2026-12-19", ends_on: "2026-12-26" }
  assert.equal(withinAttributionWindow(edition, new Date("2026-11-18T22:59:00Z")), false) // Nov 18 in Morocco
  assert.equal(withinAttributionWindow(edition, new Date("2026-11-18T23:30:00Z")), true) // Nov 19 in Morocco
  assert.equal(withinAttributionWindow(edition, new Date("2026-12-22T12:00:00Z")), true)
  assert.equal(withinAttributionWindow(edition, new Date("2027-01-25T12:00:00Z")), true)
  assert.equal(withinAttributionWindow(edition, new Date("2027-01-25T23:30:00Z")), false) // Jan 26 in Morocco
  assert.equal(withinAttributionWindow({ starts_on: "2026-06-13", ends_on: "2026-06-20" }, new Date("2026-12-06T12:00:00Z")), false)
})
