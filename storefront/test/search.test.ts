/** The search page's parameters: read leniently from any URL, written back for links and the Store API. */
import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { catalogSearchQuery, hasFilters, readCatalogSearch } from "../src/lib/search-params"

describe("reading a search URL", () => {
  it("reads words, several values per facet (repeated or comma-joined), prices, stock, sort and page", () => {
    const search = readCatalogSearch({
      q: "  miel de thym ",
      category: ["honey", "herbs,figs"],
      province: "taounate",
      label: "igp,organic",
      price_min: "50",
      price_max: "200.5",
      in_stock: "true",
      sort: "price_asc",
      page: "2",
    })
    assert.deepEqual(search, {
      q: "miel de thym",
      category: ["honey", "herbs", "figs"],
      cooperative: [],
      province: ["taounate"],
      label: ["igp", "organic"],
      edition: [],
      price_min: 50,
      price_max: 200.5,
      in_stock: true,
      sort: "price_asc",
      page: 2,
    })
    assert.equal(hasFilters(search), true)
  })

  it("leaves out what it cannot read instead of failing: a hand-made or old link still opens", () => {
    const search = readCatalogSearch({
      q: "x".repeat(500),
      label: "gold",
      price_min: "-3",
      price_max: "abc",
      in_stock: "maybe",
      sort: "cheapest",
      page: "0",
      category: ",,",
    })
    assert.equal(search.q.length, 200)
    assert.deepEqual([search.label, search.category, search.price_min, search.price_max, search.in_stock, search.sort, search.page], [[], [], undefined, undefined, false, undefined, 1])
    assert.equal(hasFilters(search), false)
  })

  it("drops a highest price below the lowest, and keeps at most twenty values of a facet", () => {
    assert.equal(readCatalogSearch({ price_min: "100", price_max: "50" }).price_max, undefined)
    assert.equal(readCatalogSearch({ cooperative: Array.from({ length: 30 }, (_, index) => `coop-${index}`) }).cooperative.length, 20)
  })

  it("writes the search back as URL values, lists comma-joined and empty values left out", () => {
    const search = readCatalogSearch({ q: "figues", category: ["dried-fruit", "honey"], in_stock: "1" })
    assert.deepEqual(catalogSearchQuery(search), {
      q: "figues",
      category: "dried-fruit,honey",
      cooperative: undefined,
      province: undefined,
      label: undefined,
      edition: undefined,
      price_min: undefined,
      price_max: undefined,
      in_stock: "true",
      sort: undefined,
    })
  })
})
