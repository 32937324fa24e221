import type { MedusaContainer } from "@medusajs/framework/types"
import { FulfillmentWorkflowEvents, Modules, PaymentEvents } from "@medusajs/framework/utils"
import { TestEventUtils } from "@medusajs/test-utils"
import type { ShippingKind, StoreCooperativeShippingResponse, StoreOrderGroup, VendorOrder } from "@tadamon/shared"
import { createStoreFixture, type StoreFixture } from "../../../fixtures/catalog"
import { chooseShipping, completeCart, createCart, createShop, payCashOnDelivery, type Shop } from "../../../fixtures/checkout"
import { createMember } from "../../../fixtures/member"
import { SETTLEMENT_MODULE } from "../../../../src/modules/settlement"
import type SettlementModuleService from "../../../../src/modules/settlement/service"
import { VendorOrderEvents } from "../../../../src/workflows/vendor-order/events"
import type { Json } from "../../../fixtures/http"

export type Api = {
  get: (url: string, config?: unknown) => Promise<{ status: number; data: Json; headers: Record<string, unknown> }>
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ status: number; data: Json }>
  delete: (url: string, config?: unknown) => Promise<{ status: number; data: Json }>
}
export type Headers = { headers: Record<string, string> }

/** An HTTP answer whatever its status (axios throws on 4xx/5xx). */
export async function answer<T = Json>(request: Promise<{ status: number; data: T }>): Promise<{ status: number; data: T }> {
  return request.catch((error: { response?: { status: number; data: T } }) => {
    if (!error.response) {
      throw error
    }
    return error.response
  })
}

export type Market = {
  store: StoreFixture
  honey: Shop
  figs: Shop
  honeyOwner: Headers
  figsOwner: Headers
  honeyMemberId: string
}

/** Two approved cooperatives (honey at 180 MAD, figs at 90 MAD, 10 units each), each with its owner signed in. */
export async function createMarket(container: MedusaContainer, store?: StoreFixture): Promise<Market> {
  eventBus = container.resolve(Modules.EVENT_BUS)
  store ??= await createStoreFixture(container)
  const honey = await createShop(container, store, { handle: "nahl", name: "تعاونية النحل", sector: "honey" }, [
    { handle: "thyme-honey", price: 180, stock: 10 },
  ])
  const figs = await createShop(container, store, { handle: "tin", name: "تعاونية التين", sector: "figs-dried-fruit" }, [
    { handle: "dried-figs", price: 90, stock: 10 },
  ])
  const honeyOwner = await createMember(container, honey.cooperative.id)
  const figsOwner = await createMember(container, figs.cooperative.id)
  return { store, honey, figs, honeyOwner: honeyOwner.headers, figsOwner: figsOwner.headers, honeyMemberId: honeyOwner.member.id }
}

/** Chooses, for every cooperative in the cart, its shipping option of `kind` (as the storefront lists them). */
export async function chooseShippingKind(api: Api, store: StoreFixture, cartId: string, kind: ShippingKind) {
  const { data } = await api.get(`/store/carts/${cartId}/cooperative-shipping`, store.storeHeaders)
  for (const group of (data as StoreCooperativeShippingResponse).cooperatives) {
    const option = group.options.find((candidate) => candidate.kind === kind)
    if (option) {
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option.id }, store.storeHeaders)
    }
  }
}

/**
 * A cash-on-delivery checkout of 2 honey + 1 figs: one group, one order per cooperative, delivered
 * by Amana (or `kind`: the cooperatives' own home delivery, pickup at the solidarity store).
 */
export async function placeCodOrder(
  api: Api,
  market: Market,
  { email = "fatima@example.ma", locale, kind }: { email?: string; locale?: string; kind?: ShippingKind } = {}
) {
  const cartId = await createCart(
    api,
    market.store,
    [
      { variant_id: market.honey.variants["thyme-honey"], quantity: 2 },
      { variant_id: market.figs.variants["dried-figs"], quantity: 1 },
    ],
    email
  )
  if (locale) {
    await api.post(`/store/carts/${cartId}`, { locale }, market.store.storeHeaders)
  }
  if (kind) {
    await chooseShippingKind(api, market.store, cartId, kind)
  } else {
    await chooseShipping(api, market.store, cartId)
  }
  await payCashOnDelivery(api, market.store, cartId)
  const response = await completeCart(api, market.store, cartId)
  if (response.status !== 200) {
    throw new Error(`Checkout failed: ${JSON.stringify(response.data)}`)
  }
  return response.data.order_group as StoreOrderGroup
}

export function orderOf(group: StoreOrderGroup, handle: string) {
  const order = group.orders.find((candidate) => candidate.cooperative.handle === handle)
  if (!order) {
    throw new Error(`No order of ${handle} in ${group.reference}`)
  }
  return order
}

let eventBus: unknown

/** The events each action sets off, whose subscribers (emails, settlement) run after the response. */
const EVENTS_OF_ACTION: Record<string, string[]> = {
  accept: [VendorOrderEvents.ACCEPTED],
  ship: [VendorOrderEvents.SHIPPED],
  deliver: [VendorOrderEvents.DELIVERED, FulfillmentWorkflowEvents.DELIVERY_CREATED],
  cancel: [VendorOrderEvents.CANCELLED],
}

/**
 * Runs one portal action, waits until the subscribers of the events it sets off are done (so a
 * test never ends with an email half sent), and returns the order as the route answers it.
 */
export async function act(api: Api, headers: Headers, orderId: string, action: string, body: unknown = {}): Promise<VendorOrder> {
  let events = EVENTS_OF_ACTION[action] ?? []
  if (action === "cash-collected") {
    // A capture when the cooperative delivered and holds the cash; only a claim otherwise.
    const { data } = await answer(api.get(`/vendor/orders/${orderId}`, headers))
    events = data?.order?.payment?.cash_holder === "cooperative" ? [PaymentEvents.CAPTURED] : [VendorOrderEvents.CASH_CLAIMED]
  }
  const done = Promise.all(events.map((event) => TestEventUtils.waitSubscribersExecution(event, eventBus)))
  const { status, data } = await answer(api.post(`/vendor/orders/${orderId}/${action}`, body, headers))
  if (status !== 200) {
    done.catch(() => undefined)
    throw new Error(`${action} of ${orderId} answered ${status}: ${JSON.stringify(data)}`)
  }
  await done
  return data.order
}

/** Accepts, prepares and ships an order with Amana's tracking number, and marks it delivered unless told not to. */
export async function shipOrder(api: Api, headers: Headers, orderId: string, trackingNumber: string, { deliver = true } = {}) {
  await act(api, headers, orderId, "accept")
  await act(api, headers, orderId, "prepare")
  const shipped = await act(api, headers, orderId, "ship", { carrier: "Amana", tracking_number: trackingNumber })
  return deliver ? act(api, headers, orderId, "deliver") : shipped
}

/** The holding period of every ledger line of a cooperative is over (as if its days had passed). */
export async function endHoldingPeriod(container: MedusaContainer, cooperativeId: string) {
  const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
  const entries = await settlement.listLedgerEntries({ cooperative_id: cooperativeId }, { select: ["id", "available_at"] })
  const past = new Date(Date.now() - 1000)
  await settlement.updateLedgerEntries(entries.filter((entry) => entry.available_at).map((entry) => ({ id: entry.id, available_at: past })))
}
