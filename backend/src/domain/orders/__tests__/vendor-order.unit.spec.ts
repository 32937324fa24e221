import {
  ORDER_PROGRESS_STATUSES,
  PAYMENT_PROVIDERS,
  VENDOR_ORDER_FILTERS,
  type CashHolder,
  type OrderProgress,
  type OrderProgressStatus,
  type VendorOrderAction,
  type VendorOrderFilter,
  type VendorOrderPayment,
  type VendorPaymentStatus,
} from "@tadamon/shared"
import type { ProgressEventRecord } from "../order-progress"
import {
  availableActions,
  canRecordCash,
  matchesFilter,
  toVendorOrder,
  toVendorOrderSummary,
  vendorPayment,
  type VendorOrderEntity,
} from "../vendor-order"

type Collection = NonNullable<NonNullable<VendorOrderEntity["payment_collections"]>[number]>
type Payment = NonNullable<NonNullable<Collection["payments"]>[number]>
type ShippingMethod = NonNullable<NonNullable<VendorOrderEntity["shipping_methods"]>[number]>

const PLACED_AT = "2026-12-20T09:00:00.000Z"
const CLAIMED_AT = "2026-12-23T17:30:00.000Z"

const AMANA: ShippingMethod = { name: "Amana", amount: 40, metadata: { kind: "amana", min_hours: 24, max_hours: 72 } }
const HOME_DELIVERY: ShippingMethod = { name: "Livraison à domicile", amount: 25, metadata: { kind: "home-delivery", min_hours: 24, max_hours: 48 } }
const PICKUP: ShippingMethod = { name: "Retrait", amount: 0, metadata: { kind: "pickup", min_hours: 0, max_hours: 24 } }

const cashPayment = (overrides: Partial<Payment> = {}): Payment => ({
  id: "pay_cod",
  provider_id: PAYMENT_PROVIDERS.cashOnDelivery,
  amount: 220,
  captures: [],
  refunds: [],
  ...overrides,
})
const cardPayment = (overrides: Partial<Payment> = {}): Payment => ({
  id: "pay_card",
  provider_id: PAYMENT_PROVIDERS.stripe,
  amount: 220,
  captures: [],
  refunds: [],
  ...overrides,
})
const event = (name: string, created_at: string): ProgressEventRecord => ({
  id: `opev_${name}`,
  event: name,
  created_at,
  actor_type: "member",
  actor_id: "mem_fatima",
})

/** A cooperative's order of 220 MAD (180 of goods, 40 of Amana), paid as given. */
const order = (payment: Payment | null, overrides: Partial<VendorOrderEntity> = {}): VendorOrderEntity => ({
  id: "order_1",
  display_id: 1042,
  currency_code: "mad",
  total: 220,
  created_at: PLACED_AT,
  status: "pending",
  shipping_methods: [AMANA],
  payment_collections: payment ? [{ id: "paycol_1", status: "authorized", amount: 220, payments: [payment] }] : [],
  order_progress_events: [],
  fulfillments: [],
  ...overrides,
})

const progressAt = (status: OrderProgressStatus): OrderProgress => ({
  status,
  placed_at: PLACED_AT,
  accepted_at: null,
  prepared_at: null,
  shipped_at: null,
  delivered_at: null,
  cancelled_at: null,
  tracking: null,
  cancel_reason: null,
})
const cash = (status: VendorPaymentStatus, cash_holder: CashHolder): VendorOrderPayment => ({
  method: "cash_on_delivery",
  provider_id: PAYMENT_PROVIDERS.cashOnDelivery,
  status,
  amount: 220,
  amount_to_collect: status === "awaiting_collection" ? 220 : 0,
  captured_amount: status === "collected" ? 220 : 0,
  refunded_amount: 0,
  cash_holder,
  claimed_at: null,
})
const card = (status: VendorPaymentStatus): VendorOrderPayment => ({
  method: "card",
  provider_id: PAYMENT_PROVIDERS.stripe,
  status,
  amount: 220,
  amount_to_collect: 0,
  captured_amount: status === "captured" ? 220 : 0,
  refunded_amount: status === "refunded" ? 220 : 0,
  cash_holder: null,
  claimed_at: null,
})

const HOLDERS: CashHolder[] = ["carrier", "cooperative", "organizers"]

describe("the payment of a cooperative's order", () => {
  it("waits for the cash of a cash-on-delivery order, the whole order total still to collect", () => {
    expect(vendorPayment(order(cashPayment()))).toEqual({
      method: "cash_on_delivery",
      provider_id: "pp_cod_cod",
      status: "awaiting_collection",
      amount: 220,
      amount_to_collect: 220,
      captured_amount: 0,
      refunded_amount: 0,
      cash_holder: "carrier",
      claimed_at: null,
    })
  })

  it("names who holds the cash from the delivery: Amana the carrier, home delivery the cooperative, pickup the organizers", () => {
    expect(vendorPayment(order(cashPayment(), { shipping_methods: [AMANA] })).cash_holder).toBe("carrier")
    expect(vendorPayment(order(cashPayment(), { shipping_methods: [HOME_DELIVERY] })).cash_holder).toBe("cooperative")
    expect(vendorPayment(order(cashPayment(), { shipping_methods: [PICKUP] })).cash_holder).toBe("organizers")
    // A delivery Tadamon did not set up never makes the cooperative the holder.
    expect(vendorPayment(order(cashPayment(), { shipping_methods: [] })).cash_holder).toBe("organizers")
  })

  it("counts an order with no payment yet as cash on delivery of its total", () => {
    const payment = vendorPayment(order(null, { total: 315.5 }))
    expect(payment).toMatchObject({
      method: "cash_on_delivery",
      provider_id: "pp_cod_cod",
      status: "awaiting_collection",
      amount: 315.5,
      amount_to_collect: 315.5,
    })
  })

  it("awaits Amana's remittance once the cooperative declares the cash of an Amana parcel collected", () => {
    const claimed = order(cashPayment(), { order_progress_events: [event("delivered", "2026-12-23T17:00:00.000Z"), event("cash_claimed", CLAIMED_AT)] })
    expect(vendorPayment(claimed)).toMatchObject({
      status: "awaiting_remittance",
      amount_to_collect: 0,
      captured_amount: 0,
      cash_holder: "carrier",
      claimed_at: CLAIMED_AT,
    })
  })

  it("awaits the solidarity store's till once the cooperative declares the cash of a pickup order collected", () => {
    const claimed = order(cashPayment(), { shipping_methods: [PICKUP], order_progress_events: [event("cash_claimed", CLAIMED_AT)] })
    expect(vendorPayment(claimed)).toMatchObject({ status: "awaiting_till", amount_to_collect: 0, cash_holder: "organizers", claimed_at: CLAIMED_AT })
    // Unknown delivery: the organizers hold the cash, so the till confirms it too.
    const unknown = order(cashPayment(), { shipping_methods: [], order_progress_events: [event("cash_claimed", CLAIMED_AT)] })
    expect(vendorPayment(unknown).status).toBe("awaiting_till")
  })

  it("takes no claim as a confirmation on a cooperative's own delivery: its cash is collected only by a capture", () => {
    const claimed = order(cashPayment(), { shipping_methods: [HOME_DELIVERY], order_progress_events: [event("cash_claimed", CLAIMED_AT)] })
    expect(vendorPayment(claimed)).toMatchObject({ status: "awaiting_collection", amount_to_collect: 220, cash_holder: "cooperative" })
  })

  it("is collected once the cash is captured, whether by capture records or by the capture date alone", () => {
    const captured = order(cashPayment({ captures: [{ amount: 220 }], captured_at: "2026-12-24T10:00:00.000Z" }), {
      order_progress_events: [event("cash_claimed", CLAIMED_AT)],
    })
    expect(vendorPayment(captured)).toMatchObject({ status: "collected", amount_to_collect: 0, captured_amount: 220, claimed_at: CLAIMED_AT })
    expect(vendorPayment(order(cashPayment({ captured_at: "2026-12-24T10:00:00.000Z" })))).toMatchObject({
      status: "collected",
      captured_amount: 0,
    })
  })

  it("adds capture and refund amounts to the centime, whatever form Medusa gives them in", () => {
    const payment = cardPayment({
      amount: "300.30",
      captures: [{ amount: 0.1 }, { amount: "0.2" }, { amount: { toString: () => "300" } }, null],
      refunds: [{ amount: 0.1 }, null, { amount: "0.2" }],
    })
    expect(vendorPayment(order(payment))).toMatchObject({ amount: 300.3, captured_amount: 300.3, refunded_amount: 0.3 })
  })

  it("is canceled when a cash-on-delivery order is cancelled before its cash was collected, even after a claim", () => {
    expect(vendorPayment(order(cashPayment(), { status: "canceled" }))).toMatchObject({ status: "canceled", amount_to_collect: 0 })
    const claimed = order(cashPayment(), { status: "canceled", order_progress_events: [event("cash_claimed", CLAIMED_AT)] })
    expect(vendorPayment(claimed).status).toBe("canceled")
  })

  it("is canceled when the payment was voided before any money moved, card or cash", () => {
    expect(vendorPayment(order(cardPayment({ canceled_at: "2026-12-21T08:00:00.000Z" }))).status).toBe("canceled")
    expect(vendorPayment(order(cashPayment({ canceled_at: "2026-12-21T08:00:00.000Z" })))).toMatchObject({ status: "canceled", amount_to_collect: 0 })
  })

  it("keeps money that moved visible: a captured payment voided afterwards stays captured or collected", () => {
    expect(vendorPayment(order(cardPayment({ captures: [{ amount: 220 }], canceled_at: "2026-12-21T08:00:00.000Z" }))).status).toBe("captured")
    expect(vendorPayment(order(cashPayment({ captures: [{ amount: 220 }], canceled_at: "2026-12-21T08:00:00.000Z" }))).status).toBe("collected")
  })

  it("shows a card share authorized until it is captured, with no cash holder and nothing to collect", () => {
    expect(vendorPayment(order(cardPayment()))).toEqual({
      method: "card",
      provider_id: "pp_stripe_stripe",
      status: "authorized",
      amount: 220,
      amount_to_collect: 0,
      captured_amount: 0,
      refunded_amount: 0,
      cash_holder: null,
      claimed_at: null,
    })
    expect(vendorPayment(order(cardPayment({ captures: [{ amount: 220 }] })))).toMatchObject({ status: "captured", captured_amount: 220 })
  })

  it("is refunded as soon as any amount went back to the customer, even on a cancelled order", () => {
    const partly = cardPayment({ captures: [{ amount: 220 }], refunds: [{ amount: 40, created_at: "2026-12-26T10:00:00.000Z" }] })
    expect(vendorPayment(order(partly))).toMatchObject({ status: "refunded", captured_amount: 220, refunded_amount: 40 })
    const cancelled = cardPayment({ captures: [{ amount: 220 }], refunds: [{ amount: 220 }], canceled_at: "2026-12-21T08:00:00.000Z" })
    expect(vendorPayment(order(cancelled, { status: "canceled" })).status).toBe("refunded")
    const cashBack = cashPayment({ captures: [{ amount: 220 }], refunds: [{ amount: 220 }] })
    expect(vendorPayment(order(cashBack))).toMatchObject({ method: "cash_on_delivery", status: "refunded", amount_to_collect: 0 })
  })

  it("reads the first payment of the order, skipping empty collections and entries", () => {
    const withGaps = order(null, {
      payment_collections: [null, { id: "paycol_0", status: "not_paid", amount: 220, payments: null }, { id: "paycol_1", status: "authorized", amount: 220, payments: [null, cardPayment()] }],
    })
    expect(vendorPayment(withGaps)).toMatchObject({ method: "card", status: "authorized" })
  })
})

describe("who may record a delivered order's cash as collected", () => {
  it("lets a member record it once, whoever holds the cash, while nothing has been recorded", () => {
    for (const holder of HOLDERS) {
      expect(canRecordCash(progressAt("delivered"), cash("awaiting_collection", holder), "member")).toBe(true)
      expect(canRecordCash(progressAt("delivered"), cash("collected", holder), "member")).toBe(false)
    }
    // A claim already made waits for the holder's confirmation: the member cannot repeat it.
    expect(canRecordCash(progressAt("delivered"), cash("awaiting_remittance", "carrier"), "member")).toBe(false)
    expect(canRecordCash(progressAt("delivered"), cash("awaiting_till", "organizers"), "member")).toBe(false)
  })

  it("lets an organizer confirm the cash Amana or the solidarity store holds, claimed or not, until it is confirmed", () => {
    for (const status of ["awaiting_collection", "awaiting_remittance", "awaiting_till"] as const) {
      expect(canRecordCash(progressAt("delivered"), cash(status, "carrier"), "organizer")).toBe(true)
      expect(canRecordCash(progressAt("delivered"), cash(status, "organizers"), "organizer")).toBe(true)
    }
    expect(canRecordCash(progressAt("delivered"), cash("collected", "carrier"), "organizer")).toBe(false)
    expect(canRecordCash(progressAt("delivered"), cash("collected", "organizers"), "organizer")).toBe(false)
  })

  it("never lets an organizer record the cash of a cooperative's own delivery, which the cooperative holds", () => {
    for (const status of ["awaiting_collection", "awaiting_remittance", "awaiting_till", "collected"] as const) {
      expect(canRecordCash(progressAt("delivered"), cash(status, "cooperative"), "organizer")).toBe(false)
    }
  })

  it("refuses anyone before delivery, after a cancellation, on a refunded or voided payment, and on a card", () => {
    for (const actor of ["member", "organizer"] as const) {
      for (const status of ["placed", "accepted", "prepared", "shipped", "cancelled"] as const) {
        expect(canRecordCash(progressAt(status), cash("awaiting_collection", "carrier"), actor)).toBe(false)
      }
      expect(canRecordCash(progressAt("delivered"), cash("refunded", "carrier"), actor)).toBe(false)
      expect(canRecordCash(progressAt("delivered"), cash("canceled", "organizers"), actor)).toBe(false)
      for (const status of ["authorized", "captured", "refunded"] as const) {
        expect(canRecordCash(progressAt("delivered"), card(status), actor)).toBe(false)
      }
    }
  })
})

describe("what a member can do next with an order", () => {
  const STEPS: Record<OrderProgressStatus, VendorOrderAction[]> = {
    placed: ["accept", "cancel"],
    accepted: ["prepare", "cancel"],
    prepared: ["ship", "cancel"],
    shipped: ["deliver"],
    delivered: [],
    cancelled: [],
  }
  const PAYMENTS: Array<{ name: string; payment: VendorOrderPayment; cashToRecord: boolean }> = [
    ...HOLDERS.flatMap((holder) => [
      { name: `cash with the ${holder}, not collected`, payment: cash("awaiting_collection", holder), cashToRecord: true },
      { name: `cash with the ${holder}, collected`, payment: cash("collected", holder), cashToRecord: false },
      { name: `cash with the ${holder}, refunded`, payment: cash("refunded", holder), cashToRecord: false },
      { name: `cash with the ${holder}, canceled`, payment: cash("canceled", holder), cashToRecord: false },
    ]),
    { name: "Amana cash claimed", payment: cash("awaiting_remittance", "carrier"), cashToRecord: false },
    { name: "till cash claimed", payment: cash("awaiting_till", "organizers"), cashToRecord: false },
    { name: "card authorized", payment: card("authorized"), cashToRecord: false },
    { name: "card captured", payment: card("captured"), cashToRecord: false },
    { name: "card refunded", payment: card("refunded"), cashToRecord: false },
    { name: "card canceled", payment: card("canceled"), cashToRecord: false },
  ]

  it("moves the order one step at a time, cancellable until it is shipped, for every payment situation", () => {
    for (const status of ORDER_PROGRESS_STATUSES) {
      for (const { name, payment, cashToRecord } of PAYMENTS) {
        const expected = status === "delivered" && cashToRecord ? ["cash-collected"] : STEPS[status]
        expect({ status, payment: name, actions: availableActions(progressAt(status), payment) }).toEqual({ status, payment: name, actions: expected })
      }
    }
  })

  it("offers nothing more on a delivered order once its cash is recorded, and nothing at all on a cancelled one", () => {
    expect(availableActions(progressAt("delivered"), cash("awaiting_collection", "cooperative"))).toEqual(["cash-collected"])
    expect(availableActions(progressAt("delivered"), cash("awaiting_remittance", "carrier"))).toEqual([])
    expect(availableActions(progressAt("cancelled"), cash("awaiting_collection", "carrier"))).toEqual([])
  })
})

describe("the order list's filters", () => {
  const MATCHES: Record<VendorOrderFilter, OrderProgressStatus[]> = {
    to_accept: ["placed"],
    to_ship: ["accepted", "prepared"],
    shipped: ["shipped"],
    delivered: ["delivered"],
    cancelled: ["cancelled"],
  }

  it("puts each order under exactly one filter, by its progress", () => {
    for (const filter of VENDOR_ORDER_FILTERS) {
      expect(ORDER_PROGRESS_STATUSES.filter((status) => matchesFilter(progressAt(status), filter))).toEqual(MATCHES[filter])
    }
  })
})

describe("the cooperative's view of an order", () => {
  const delivered = (overrides: Partial<VendorOrderEntity> = {}) =>
    order(cashPayment(), {
      status: "completed",
      items: [
        { id: "item_honey", title: "Miel de thym", quantity: 2, unit_price: 70, total: 140 },
        null,
        { id: "item_amlou", title: "Amlou", quantity: "1", unit_price: 40, total: 40 },
      ],
      shipping_address: { first_name: "Khadija", last_name: "", city: "Taounate", province: "taounate", phone: "+212612345678" },
      order_group: { reference: "TDM-7K3Q9", locale: "fr" },
      fulfillments: [{ id: "ful_1", created_at: "2026-12-21T10:00:00.000Z", shipped_at: "2026-12-21T15:00:00.000Z", delivered_at: "2026-12-23T12:00:00.000Z" }],
      order_progress_events: [event("accepted", "2026-12-20T11:00:00.000Z")],
      ...overrides,
    })

  it("summarises the order: units rather than lines, the customer's name without blanks, both statuses", () => {
    expect(toVendorOrderSummary(delivered())).toEqual({
      id: "order_1",
      display_id: 1042,
      order_group_reference: "TDM-7K3Q9",
      created_at: PLACED_AT,
      currency_code: "mad",
      customer_name: "Khadija",
      city: "Taounate",
      province: "taounate",
      item_count: 3,
      total: 220,
      payment_method: "cash_on_delivery",
      payment_status: "awaiting_collection",
      progress_status: "delivered",
    })
  })

  it("offers the delivered Amana order's cash collection until the cooperative claims it, and names who accepted", () => {
    const view = toVendorOrder(delivered(), new Map([["mem_fatima", "Fatima Zahra"]]))
    expect(view.available_actions).toEqual(["cash-collected"])
    expect(view.progress.accepted_by).toBe("Fatima Zahra")
    expect(view.shipping_method).toEqual({ name: "Amana", amount: 40, kind: "amana", min_hours: 24, max_hours: 72 })
    const claimed = toVendorOrder(delivered({ order_progress_events: [event("accepted", "2026-12-20T11:00:00.000Z"), event("cash_claimed", CLAIMED_AT)] }))
    expect(claimed.available_actions).toEqual([])
    expect(claimed.payment.status).toBe("awaiting_remittance")
    expect(claimed.progress.accepted_by).toBeNull()
  })

  it("leaves a delivery estimate out when the shipping method does not give it as a number", () => {
    const view = toVendorOrder(delivered({ shipping_methods: [{ name: "Coursier", amount: 30, metadata: { kind: "courier", min_hours: "24" } }] }))
    expect(view.shipping_method).toEqual({ name: "Coursier", amount: 30, kind: "courier", min_hours: null, max_hours: null })
    // An unknown kind of delivery leaves the cash with the organizers.
    expect(view.payment.cash_holder).toBe("organizers")
  })
})
