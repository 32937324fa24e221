import type { OrderProgress, OrderProgressStatus } from "@tadamon/shared"
import { liveFulfillment, orderProgress, progressHistory, reached, type ProgressEventRecord, type ProgressOrder } from "../order-progress"

type Fulfillment = NonNullable<NonNullable<ProgressOrder["fulfillments"]>[number]>

const PLACED = "2026-12-20T09:00:00.000Z"
const ACCEPTED = "2026-12-20T11:00:00.000Z"
const PREPARED = "2026-12-21T10:00:00.000Z"
const SHIPPED = "2026-12-21T15:00:00.000Z"
const DELIVERED = "2026-12-23T12:00:00.000Z"
const CANCELLED = "2026-12-20T13:00:00.000Z"

const event = (name: string, created_at: string, extra: Partial<ProgressEventRecord> = {}): ProgressEventRecord => ({
  id: `opev_${name}`,
  event: name,
  created_at,
  actor_type: "member",
  actor_id: "mem_fatima",
  ...extra,
})
const fulfillment = (overrides: Partial<Fulfillment> = {}): Fulfillment => ({ id: "ful_1", created_at: PREPARED, ...overrides })
const order = (overrides: Partial<ProgressOrder> = {}): ProgressOrder => ({
  created_at: PLACED,
  status: "pending",
  canceled_at: null,
  fulfillments: [],
  order_progress_events: [],
  ...overrides,
})

describe("where a cooperative's order stands", () => {
  it("is placed when nothing happened yet, with nothing but its placing time", () => {
    expect(orderProgress(order())).toEqual({
      status: "placed",
      placed_at: PLACED,
      accepted_at: null,
      prepared_at: null,
      shipped_at: null,
      delivered_at: null,
      cancelled_at: null,
      tracking: null,
      cancel_reason: null,
    })
  })

  it("moves forward with each step the cooperative records in its portal", () => {
    const steps: Array<[ProgressEventRecord, OrderProgressStatus]> = [
      [event("accepted", ACCEPTED), "accepted"],
      [event("prepared", PREPARED), "prepared"],
      [event("shipped", SHIPPED, { carrier: "Amana", tracking_number: "CB123456789MA" }), "shipped"],
      [event("delivered", DELIVERED), "delivered"],
    ]
    for (let count = 1; count <= steps.length; count++) {
      const events = steps.slice(0, count).map(([recorded]) => recorded)
      expect(orderProgress(order({ order_progress_events: events })).status).toBe(steps[count - 1][1])
    }
    expect(orderProgress(order({ order_progress_events: steps.map(([recorded]) => recorded) }))).toMatchObject({
      accepted_at: ACCEPTED,
      prepared_at: PREPARED,
      shipped_at: SHIPPED,
      delivered_at: DELIVERED,
    })
  })

  it("shows the steps an organizer took in the Medusa Admin, from the order's fulfillment alone", () => {
    expect(orderProgress(order({ fulfillments: [fulfillment()] }))).toMatchObject({ status: "prepared", prepared_at: PREPARED, accepted_at: null })
    expect(orderProgress(order({ fulfillments: [fulfillment({ shipped_at: SHIPPED })] }))).toMatchObject({ status: "shipped", shipped_at: SHIPPED })
    expect(orderProgress(order({ fulfillments: [fulfillment({ shipped_at: SHIPPED, delivered_at: DELIVERED })] }))).toMatchObject({
      status: "delivered",
      delivered_at: DELIVERED,
    })
  })

  it("takes Medusa's shipment and delivery times over the portal's when both exist", () => {
    const progress = orderProgress(
      order({
        fulfillments: [fulfillment({ shipped_at: "2026-12-21T14:59:58.000Z", delivered_at: "2026-12-23T11:59:59.000Z" })],
        order_progress_events: [event("shipped", SHIPPED), event("delivered", DELIVERED)],
      })
    )
    expect(progress).toMatchObject({ shipped_at: "2026-12-21T14:59:58.000Z", delivered_at: "2026-12-23T11:59:59.000Z" })
  })

  it("ignores a cancelled fulfillment and follows the live one", () => {
    const cancelledParcel = fulfillment({ id: "ful_old", created_at: "2026-12-21T08:00:00.000Z", shipped_at: SHIPPED, canceled_at: "2026-12-21T09:00:00.000Z" })
    expect(orderProgress(order({ fulfillments: [cancelledParcel] })).status).toBe("placed")
    const live = fulfillment({ id: "ful_new", created_at: PREPARED })
    expect(liveFulfillment(order({ fulfillments: [null, cancelledParcel, live] }))?.id).toBe("ful_new")
    expect(orderProgress(order({ fulfillments: [cancelledParcel, live] }))).toMatchObject({ status: "prepared", prepared_at: PREPARED, shipped_at: null })
    expect(liveFulfillment(order({ fulfillments: null }))).toBeNull()
  })

  it("gives the tracking the cooperative entered with its carrier, else the fulfillment label's without a carrier", () => {
    const shipped = event("shipped", SHIPPED, { carrier: "Amana", tracking_number: "CB123456789MA", tracking_url: null })
    const labelled = fulfillment({ shipped_at: SHIPPED, labels: [null, { tracking_number: "LB000111222MA", tracking_url: "https://bam.example/LB000111222MA" }] })
    expect(orderProgress(order({ order_progress_events: [shipped], fulfillments: [labelled] })).tracking).toEqual({
      carrier: "Amana",
      tracking_number: "CB123456789MA",
      tracking_url: null,
    })
    expect(orderProgress(order({ fulfillments: [labelled] })).tracking).toEqual({
      carrier: "",
      tracking_number: "LB000111222MA",
      tracking_url: "https://bam.example/LB000111222MA",
    })
    expect(orderProgress(order({ fulfillments: [fulfillment({ shipped_at: SHIPPED, labels: [{ tracking_number: "" }] })] })).tracking).toBeNull()
  })

  it("is cancelled whenever Medusa's order is, whatever steps came before, with the cooperative's reason", () => {
    const progress = orderProgress(
      order({
        status: "canceled",
        canceled_at: "2026-12-21T16:00:00.000Z",
        fulfillments: [fulfillment({ shipped_at: SHIPPED })],
        order_progress_events: [
          event("accepted", ACCEPTED),
          event("shipped", SHIPPED, { carrier: "Amana", tracking_number: "CB123456789MA" }),
          event("cancelled", "2026-12-21T16:00:01.000Z", { reason: "Rupture de stock" }),
        ],
      })
    )
    expect(progress).toMatchObject({
      status: "cancelled",
      cancelled_at: "2026-12-21T16:00:00.000Z",
      tracking: null,
      cancel_reason: "Rupture de stock",
      accepted_at: ACCEPTED,
    })
    // Without Medusa's date, the cancellation event's.
    expect(orderProgress(order({ status: "canceled", order_progress_events: [event("cancelled", CANCELLED)] })).cancelled_at).toBe(CANCELLED)
  })

  it("leaves an order open when only a cancellation event exists: Medusa's order status decides", () => {
    const progress = orderProgress(order({ order_progress_events: [event("accepted", ACCEPTED), event("cancelled", CANCELLED, { reason: "Client injoignable" })] }))
    expect(progress).toMatchObject({ status: "accepted", cancelled_at: null, cancel_reason: null })
  })

  it("reads dates given as Date objects and skips empty entries", () => {
    const progress = orderProgress(
      order({
        created_at: new Date(PLACED),
        fulfillments: [null],
        order_progress_events: [null, event("accepted", ACCEPTED)],
      })
    )
    expect(progress).toMatchObject({ status: "accepted", placed_at: PLACED, accepted_at: ACCEPTED })
  })
})

describe("which steps an order has reached", () => {
  const at = (status: OrderProgressStatus): OrderProgress => ({ ...orderProgress(order()), status })

  it("counts every step up to the current one, and none after it", () => {
    expect(["placed", "accepted", "prepared", "shipped", "delivered"].map((step) => reached(at("prepared"), step as OrderProgressStatus))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ])
    expect(reached(at("delivered"), "shipped")).toBe(true)
    expect(reached(at("placed"), "accepted")).toBe(false)
    // A live order has not reached a cancellation.
    expect(reached(at("placed"), "cancelled")).toBe(false)
    expect(reached(at("delivered"), "cancelled")).toBe(false)
  })

  it("counts a cancelled order as having reached its cancellation only", () => {
    expect(reached(at("cancelled"), "cancelled")).toBe(true)
    expect(reached(at("cancelled"), "placed")).toBe(false)
    expect(reached(at("cancelled"), "accepted")).toBe(false)
  })
})

describe("the order's history for the cooperative", () => {
  const history = (overrides: Partial<ProgressOrder>, names = new Map<string, string>(), refunds: Array<{ at: string; amount: number }> = []) => {
    const recorded = order(overrides)
    return progressHistory(recorded, orderProgress(recorded), names, refunds)
  }

  it("starts with the customer placing the order, then each step with who took it, by name when known", () => {
    const entries = history(
      {
        order_progress_events: [
          event("accepted", ACCEPTED, { actor_id: "mem_fatima" }),
          event("prepared", PREPARED, { actor_id: "mem_unknown" }),
          event("shipped", SHIPPED, { carrier: "Amana", tracking_number: "CB123456789MA", tracking_url: "https://bam.example/CB123456789MA" }),
        ],
        fulfillments: [fulfillment({ shipped_at: SHIPPED })],
      },
      new Map([["mem_fatima", "Fatima Zahra"]])
    )
    expect(entries).toEqual([
      { event: "placed", at: PLACED, actor: { type: "customer", id: null, name: null } },
      { event: "accepted", at: ACCEPTED, actor: { type: "member", id: "mem_fatima", name: "Fatima Zahra" } },
      { event: "prepared", at: PREPARED, actor: { type: "member", id: "mem_unknown", name: null } },
      {
        event: "shipped",
        at: SHIPPED,
        actor: { type: "member", id: "mem_fatima", name: "Fatima Zahra" },
        tracking: { carrier: "Amana", tracking_number: "CB123456789MA", tracking_url: "https://bam.example/CB123456789MA" },
      },
    ])
  })

  it("shows the steps an organizer took in the Medusa Admin once, as an organizer's", () => {
    const entries = history({
      order_progress_events: [event("accepted", ACCEPTED), event("prepared", PREPARED)],
      fulfillments: [fulfillment({ shipped_at: SHIPPED, delivered_at: DELIVERED })],
    })
    expect(entries.map((entry) => [entry.event, entry.at, entry.actor.type])).toEqual([
      ["placed", PLACED, "customer"],
      ["accepted", ACCEPTED, "member"],
      ["prepared", PREPARED, "member"],
      ["shipped", SHIPPED, "user"],
      ["delivered", DELIVERED, "user"],
    ])
  })

  it("gives the cancellation its reason, and a cancellation made in the Admin its date", () => {
    const inPortal = history({
      status: "canceled",
      canceled_at: CANCELLED,
      order_progress_events: [event("cancelled", CANCELLED, { reason: "Rupture de stock" })],
    })
    expect(inPortal.slice(1)).toEqual([{ event: "cancelled", at: CANCELLED, actor: { type: "member", id: "mem_fatima", name: null }, reason: "Rupture de stock" }])
    const inAdmin = history({ status: "canceled", canceled_at: CANCELLED })
    expect(inAdmin.slice(1)).toEqual([{ event: "cancelled", at: CANCELLED, actor: { type: "user", id: null, name: null } }])
  })

  it("shows the cash claimed and collected, and refunds with their amounts, oldest first", () => {
    const entries = history(
      {
        fulfillments: [fulfillment({ shipped_at: SHIPPED, delivered_at: DELIVERED })],
        order_progress_events: [
          event("cash_collected", "2026-12-27T09:00:00.000Z", { actor_type: "user", actor_id: "user_admin" }),
          event("cash_claimed", "2026-12-23T18:00:00.000Z"),
        ],
      },
      new Map([["user_admin", "Nadia (organisatrice)"]]),
      [{ at: "2026-12-28T10:00:00.000Z", amount: 40 }]
    )
    expect(entries.map((entry) => [entry.event, entry.actor.type, entry.actor.name, entry.amount])).toEqual([
      ["placed", "customer", null, undefined],
      ["prepared", "user", null, undefined],
      ["shipped", "user", null, undefined],
      ["delivered", "user", null, undefined],
      ["cash_claimed", "member", null, undefined],
      ["cash_collected", "user", "Nadia (organisatrice)", undefined],
      ["refunded", "system", null, 40],
    ])
  })

  it("counts an actor of unknown kind, or none, as the system", () => {
    const entries = history({
      order_progress_events: [event("accepted", ACCEPTED, { actor_type: "robot", actor_id: null }), event("prepared", PREPARED, { actor_type: null })],
    })
    expect(entries.slice(1).map((entry) => entry.actor)).toEqual([
      { type: "system", id: null, name: null },
      { type: "system", id: "mem_fatima", name: null },
    ])
  })

  it("leaves out tracking on a shipment recorded without a number, and a reason on a cancellation without one", () => {
    const entries = history({
      status: "canceled",
      order_progress_events: [event("shipped", SHIPPED, { carrier: "Amana", tracking_number: null }), event("cancelled", "2026-12-22T08:00:00.000Z", { reason: null })],
    })
    expect(entries.slice(1)).toEqual([
      { event: "shipped", at: SHIPPED, actor: { type: "member", id: "mem_fatima", name: null } },
      { event: "cancelled", at: "2026-12-22T08:00:00.000Z", actor: { type: "member", id: "mem_fatima", name: null } },
    ])
  })
})
