/** The proxy's half of attribution: which requests set the `tadamon_attribution` cookie, and to what. */
import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { NextRequest, NextResponse } from "next/server"
import { ATTRIBUTION_COOKIE, parseAttribution, serializeAttribution } from "../src/lib/attribution"
import { rememberAttribution } from "../src/lib/attribution-proxy"

const STAND = "https://tadamon.example/fr/cooperatives/nahl-ouergha?edition=taounate-2026&via=stand_qr"

function visit(url: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  const request = new NextRequest(url, init)
  const response = NextResponse.next()
  rememberAttribution(request, response)
  return response.cookies.get(ATTRIBUTION_COOKIE)
}

describe("the proxy remembers a market visit", () => {
  it("sets an httpOnly, 30-day cookie for a stand's QR link", () => {
    const cookie = visit(STAND)
    assert.ok(cookie)
    assert.equal(cookie.httpOnly, true)
    assert.equal(cookie.sameSite, "lax")
    assert.equal(cookie.path, "/")
    assert.equal(cookie.maxAge, 60 * 60 * 24 * 30)
    assert.deepEqual(
      { ...parseAttribution(cookie.value), at: "" },
      { edition: "taounate-2026", channel: "stand_qr", cooperative: "nahl-ouergha", at: "" }
    )
  })

  it("ignores pages without an edition, server actions' POSTs and link prefetches", () => {
    assert.equal(visit("https://tadamon.example/fr/cooperatives/nahl-ouergha"), undefined)
    assert.equal(visit(STAND, { method: "POST" }), undefined)
    assert.equal(visit(STAND, { headers: { "next-router-prefetch": "1" } }), undefined)
    assert.equal(visit(STAND, { headers: { "sec-purpose": "prefetch" } }), undefined)
  })

  it("keeps the first visit, but lets a stand replace a visit through another door", () => {
    const first = serializeAttribution({ edition: "sefrou-2026", channel: "edition_page", cooperative: null, at: "2026-12-01T00:00:00.000Z" })
    assert.equal(visit(STAND, { headers: { cookie: `${ATTRIBUTION_COOKIE}=${encodeURIComponent(first)}` } }), undefined)
    const other = serializeAttribution({ edition: "sefrou-2026", channel: "other", cooperative: null, at: "2026-12-01T00:00:00.000Z" })
    const replaced = visit(STAND, { headers: { cookie: `${ATTRIBUTION_COOKIE}=${encodeURIComponent(other)}` } })
    assert.equal(parseAttribution(replaced?.value)?.channel, "stand_qr")
  })
})
