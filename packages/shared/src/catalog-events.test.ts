import assert from "node:assert/strict"
import { test } from "node:test"
import { CACHE_TAGS, CATALOG_EVENT_TAGS, CatalogEvents, cacheTagsForEvent } from "./catalog-events"

const BROAD = ["regions", "categories", "products", "cooperatives", "editions", "reviews"]

test("every tag an event expires is one the storefront's reads carry", () => {
  for (const [event, tags] of Object.entries(CATALOG_EVENT_TAGS)) {
    assert.ok(tags.length > 0, event)
    for (const tag of tags) {
      assert.ok(BROAD.includes(tag), `${event} → ${tag}`)
      assert.equal(CACHE_TAGS[tag], tag)
    }
  }
})

test("every broad tag but the regions (set up once) is expired by some event", () => {
  const expired = new Set<string>(Object.values(CATALOG_EVENT_TAGS).flat())
  assert.deepEqual(
    BROAD.filter((tag) => !expired.has(tag)),
    ["regions"]
  )
})

test("each of Tadamon's events that changes the public catalog expires its lists", () => {
  assert.deepEqual(cacheTagsForEvent(CatalogEvents.COOPERATIVE_APPROVED), ["cooperatives", "products"])
  assert.deepEqual(cacheTagsForEvent(CatalogEvents.COOPERATIVE_SUSPENDED), ["cooperatives", "products"])
  assert.deepEqual(cacheTagsForEvent(CatalogEvents.DOCUMENT_REVIEWED), ["cooperatives", "products"])
  assert.deepEqual(cacheTagsForEvent(CatalogEvents.DOCUMENT_EXPIRED), ["cooperatives", "products"])
  // A new document is not shown until an organizer verifies it.
  assert.deepEqual(cacheTagsForEvent(CatalogEvents.DOCUMENT_CREATED), [])
  assert.deepEqual(cacheTagsForEvent("order.placed"), [])
  assert.deepEqual(cacheTagsForEvent(CatalogEvents.REVIEW_CHANGED), ["reviews"])
})

test("an edition's events expire the edition lists and, given its handle, its page", () => {
  assert.deepEqual(cacheTagsForEvent(CatalogEvents.EDITION_UPDATED, { id: "medi_1", handle: "taounate-2026" }), [
    "editions",
    "edition:taounate-2026",
  ])
  assert.deepEqual(cacheTagsForEvent(CatalogEvents.EDITION_DELETED, { id: "medi_1" }), ["editions"])
  assert.deepEqual(cacheTagsForEvent(CatalogEvents.EDITION_CREATED, { handle: 42 }), ["editions"])
  // Only edition events name a page by handle.
  assert.deepEqual(cacheTagsForEvent("product.updated", { handle: "thyme-honey" }), ["products"])
})
