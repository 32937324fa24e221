/** Helpers the cart, checkout and account rely on: grouping, steps, addresses, forms, session. */
import assert from "node:assert/strict"
import { describe, it } from "node:test"
import type { HttpTypes } from "@medusajs/types"
import type { StoreCooperativeShippingResponse } from "@tadamon/shared/contracts/store"
import { fieldErrorsByInput, formInteger, safeNextPath } from "../src/lib/forms"
import { addressPayload, addressValues, isAddressComplete, requiredErrors } from "../src/lib/util/address"
import { groupCartLines, itemCount } from "../src/lib/util/cart"
import { checkoutProgress } from "../src/lib/util/checkout"
import { tokenLifetime } from "../src/lib/util/jwt"
import { knownOrderStatus, normalizeReference } from "../src/lib/util/orders"
import { isolate, joinParts } from "../src/lib/util/text"

function line(id: string, quantity: number, unit_price: number, total?: number): HttpTypes.StoreCartLineItem {
  return { id, quantity, unit_price, total, title: id } as HttpTypes.StoreCartLineItem
}

function coop(id: string, item_ids: string[], subtotal: number, selected: string | null = null) {
  return {
    cooperative: { id, handle: `${id}-handle`, name: `${id} name` },
    item_ids,
    subtotal,
    options: [{ id: `so_${id}`, name: "Amana", amount: 40, kind: "amana" as const, min_hours: 24, max_hours: 72, free_above: null }],
    selected_option_id: selected,
  }
}

describe("cart grouping", () => {
  const items = [line("a", 2, 95, 190), line("b", 1, 45, 45), line("c", 1, 30)]

  it("puts lines under their cooperative, in the backend's order, with its subtotal", () => {
    const shipping: StoreCooperativeShippingResponse = { cooperatives: [coop("co2", ["b"], 45), coop("co1", ["a"], 190)] }
    const groups = groupCartLines(items, shipping)
    assert.deepEqual(
      groups.map((group) => [group.cooperative?.id ?? null, group.items.map((item) => item.id), group.subtotal]),
      [
        ["co2", ["b"], 45],
        ["co1", ["a"], 190],
        [null, ["c"], 30],
      ]
    )
  })

  it("keeps every line in one block without grouping", () => {
    const groups = groupCartLines(items, null)
    assert.equal(groups.length, 1)
    assert.equal(groups[0].subtotal, 190 + 45 + 30)
  })

  it("skips cooperatives whose lines are gone", () => {
    const groups = groupCartLines([line("a", 1, 10, 10)], { cooperatives: [coop("co1", ["zzz"], 0), coop("co2", ["a"], 10)] })
    assert.deepEqual(
      groups.map((group) => group.cooperative?.id),
      ["co2"]
    )
  })

  it("counts units, not lines", () => {
    assert.equal(itemCount(items), 4)
    assert.equal(itemCount(undefined), 0)
  })
})

describe("checkout steps", () => {
  const address = { first_name: "F", last_name: "I", phone: "+212612345678", address_1: "Rue 1", city: "Taounate", province: "taounate" }
  type CartSteps = Parameters<typeof checkoutProgress>[0]
  const empty: CartSteps = { email: undefined, shipping_address: undefined, payment_collection: undefined }

  it("opens the first step not done", () => {
    assert.equal(checkoutProgress(empty, null, undefined).current, "address")
    const withAddress = { ...empty, email: "a@b.ma", shipping_address: address } as CartSteps
    const shipping = { cooperatives: [coop("co1", ["a"], 10, "so_co1"), coop("co2", ["b"], 10)] }
    assert.equal(checkoutProgress(withAddress, shipping, undefined).current, "shipping")
    const shipped = { cooperatives: [coop("co1", ["a"], 10, "so_co1"), coop("co2", ["b"], 10, "so_co2")] }
    assert.equal(checkoutProgress(withAddress, shipped, undefined).current, "payment")
  })

  it("reopens a step done before, never one still ahead", () => {
    const withAddress = { ...empty, email: "a@b.ma", shipping_address: address } as CartSteps
    const shipping = { cooperatives: [coop("co1", ["a"], 10)] }
    assert.equal(checkoutProgress(withAddress, shipping, "address").current, "address")
    assert.equal(checkoutProgress(withAddress, shipping, "review").current, "shipping")
    assert.equal(checkoutProgress(withAddress, shipping, "nonsense").current, "shipping")
  })

  it("needs grouping to call shipping done", () => {
    assert.equal(checkoutProgress(empty, null, undefined).done.shipping, false)
    assert.equal(checkoutProgress(empty, { cooperatives: [] }, undefined).done.shipping, false)
  })
})

describe("addresses", () => {
  const form: Record<string, string> = {
    first_name: "Fatima",
    last_name: "Idrissi",
    phone: "06 12 34 56 78",
    region: "",
    province: "taounate",
    city: "Taounate",
    address_1: "Hay Nasr",
    address_2: "",
    postal_code: "",
  }

  it("sends the province code, the region in metadata (from the province when not chosen) and Morocco", () => {
    const payload = addressPayload((name) => form[name] ?? "")
    assert.equal(payload.province, "taounate")
    assert.deepEqual(payload.metadata, { region: "03" })
    assert.equal(payload.country_code, "ma")
    assert.equal(payload.address_2, null)
    assert.equal(payload.postal_code, null)
    assert.equal(payload.phone, "06 12 34 56 78", "values go as typed: the backend judges and normalizes")
  })

  it("reads a stored address back into the form, region from metadata or province", () => {
    assert.equal(addressValues({ province: "taounate" }).region, "03")
    assert.equal(addressValues({ province: "taounate", metadata: { region: "03" } }).region, "03")
    assert.deepEqual(addressValues(null), {})
  })

  it("knows when an address is complete enough to deliver", () => {
    assert.equal(isAddressComplete({ first_name: "F", last_name: "I", phone: "1", address_1: "a", city: "c", province: "p" }), true)
    assert.equal(isAddressComplete({ first_name: "F", last_name: "I", phone: "1", address_1: "a", city: "c" }), false)
  })

  it("names empty required inputs in the backend's words", () => {
    const errors = requiredErrors({ city: "", phone: "x" }, ["city", "phone"], "fr")
    assert.deepEqual(Object.keys(errors), ["city"])
    assert.match(errors.city, /Ville/)
  })
})

describe("forms", () => {
  it("keys backend field errors by input name, first error winning", () => {
    assert.deepEqual(
      fieldErrorsByInput([
        { field: "shipping_address.phone", code: "invalid_phone", message: "shipping phone" },
        { field: "billing_address.phone", code: "invalid_phone", message: "billing phone" },
        { field: "shipping_address.metadata.region", code: "unknown_region", message: "region" },
        { field: "email", code: "invalid_email", message: "email" },
      ]),
      { phone: "shipping phone", region: "region", email: "email" }
    )
  })

  it("reads whole quantities within bounds only", () => {
    const data = new FormData()
    data.set("q", "3")
    assert.equal(formInteger(data, "q", 1, 99), 3)
    for (const bad of ["0", "100", "2.5", "-1", "", "3a"]) {
      data.set("q", bad)
      assert.equal(formInteger(data, "q", 1, 99), null, bad)
    }
  })

  it("only follows `next` to this storefront, in the same language", () => {
    assert.equal(safeNextPath("/ar/checkout", "ar", "/ar/account"), "/ar/checkout")
    assert.equal(safeNextPath("/ar", "ar", "/x"), "/ar")
    assert.equal(safeNextPath("/ar?step=2", "ar", "/x"), "/ar?step=2")
    for (const bad of ["//evil.example", "https://evil.example/ar", "/arx/checkout", "/fr/checkout", "/ar\\evil", "", null]) {
      assert.equal(safeNextPath(bad, "ar", "/ar/account"), "/ar/account", String(bad))
    }
  })
})

describe("session and text", () => {
  it("keeps the session cookie exactly as long as the token", () => {
    const now = Date.UTC(2026, 0, 1)
    const payload = Buffer.from(JSON.stringify({ exp: now / 1000 + 3600 })).toString("base64url")
    assert.equal(tokenLifetime(`h.${payload}.s`, now), 3600)
    assert.equal(tokenLifetime("not-a-jwt", now), 86400)
    const expired = Buffer.from(JSON.stringify({ exp: now / 1000 - 10 })).toString("base64url")
    assert.equal(tokenLifetime(`h.${expired}.s`, now), 60)
  })

  it("normalizes typed references and names known statuses", () => {
    assert.equal(normalizeReference(" tdm-4k7 q9x "), "TDM-4K7Q9X")
    assert.equal(knownOrderStatus("shipped"), "shipped")
    assert.equal(knownOrderStatus("something_new"), null)
  })

  it("isolates text of unknown direction and joins parts with the language's comma", () => {
    assert.equal(isolate("a@b.ma"), "\u2068a@b.ma\u2069")
    assert.equal(joinParts(["تاونات", null, "فاس"], "ar"), "تاونات، فاس")
    assert.equal(joinParts(["Taounate", "", "Fès"], "fr"), "Taounate, Fès")
  })
})
