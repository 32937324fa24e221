import { anonymizedAddress, erasedEmail, ordersInProgress, remainingAppMetadata } from "../erasure"

describe("erasing a customer: the person goes, the orders stay", () => {
  it("gives each erased customer an address of its own that no mail reaches", () => {
    expect(erasedEmail("cus_01ABC")).toBe("erased-cus_01abc@erased.tadamon.invalid")
    expect(erasedEmail("cus_01ABC")).not.toBe(erasedEmail("cus_01ABD"))
  })

  it("refuses while an order is on its way, whatever its group's other orders", () => {
    const delivered = { status: "completed", progress: { status: "delivered" as const } }
    const cancelled = { status: "pending", progress: { status: "cancelled" as const } }
    const shipped = { status: "pending", progress: { status: "shipped" as const } }
    expect(ordersInProgress([{ reference: "TDM-AAAAAA", orders: [delivered, cancelled] }])).toEqual([])
    expect(ordersInProgress([{ reference: "TDM-CCCCCC", orders: [{ status: "canceled", progress: null }] }])).toEqual([])
    expect(
      ordersInProgress([
        { reference: "TDM-AAAAAA", orders: [delivered] },
        { reference: "TDM-BBBBBB", orders: [delivered, shipped] },
        { reference: "TDM-DDDDDD", orders: [{ status: "pending" }] },
      ])
    ).toEqual(["TDM-BBBBBB", "TDM-DDDDDD"])
  })

  it("keeps where an order went, never who received it", () => {
    expect(anonymizedAddress()).toEqual({ first_name: null, last_name: null, phone: null, company: null, address_1: null, address_2: null })
  })

  it("deletes a customer-only sign-in and keeps the same person's other roles", () => {
    expect(remainingAppMetadata({ customer_id: "cus_1" })).toBeNull()
    expect(remainingAppMetadata(null)).toBeNull()
    expect(remainingAppMetadata({ customer_id: "cus_1", member_id: "mem_1" })).toEqual({ member_id: "mem_1" })
    expect(remainingAppMetadata({ customer_id: "cus_1", user_id: "" })).toBeNull()
  })
})
