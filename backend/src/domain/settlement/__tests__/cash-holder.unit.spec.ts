import { cashHolderOf, orderShippingKind } from "../cash-holder"

describe("who holds the cash of a cash-on-delivery order", () => {
  it("is the carrier for Amana, the cooperative for its own home delivery, the organizers for pickup", () => {
    expect(cashHolderOf("amana")).toBe("carrier")
    expect(cashHolderOf("home-delivery")).toBe("cooperative")
    expect(cashHolderOf("pickup")).toBe("organizers")
  })

  it("is never the cooperative when the delivery is unknown", () => {
    expect(cashHolderOf(null)).toBe("organizers")
  })

  it("reads the kind from the order's shipping method, ignoring anything that is not a known kind", () => {
    expect(orderShippingKind({ shipping_methods: [{ metadata: { kind: "home-delivery", min_hours: 24 } }] })).toBe("home-delivery")
    expect(orderShippingKind({ shipping_methods: [null, { metadata: { kind: "amana" } }] })).toBe("amana")
    expect(orderShippingKind({ shipping_methods: [{ metadata: { kind: "courier" } }] })).toBeNull()
    expect(orderShippingKind({ shipping_methods: [{ metadata: { kind: ["home-delivery"] } }] })).toBeNull()
    expect(orderShippingKind({ shipping_methods: [] })).toBeNull()
    expect(orderShippingKind({})).toBeNull()
  })
})
