import type { APIRequestContext } from "@playwright/test"
import {
  PAYMENT_PROVIDERS,
  TERMS_VERSION,
  type AdminCooperativeStatementResponse,
  type EarningsStatement,
  type StoreCompleteCartResponse,
  type StoreCooperativeShippingResponse,
} from "@tadamon/shared"
import { json, organizerToken, type ApprovedCooperative } from "./coop-setup"

/**
 * Cash-on-delivery orders for the journeys' setup, through the real routes: a customer's checkout
 * on the Store API, the cooperative's steps on the cooperative API, the statement organizers read.
 * No assertions here.
 */

const backendUrl = process.env.BACKEND_URL ?? "http://localhost:9000"
const storeHeaders = { "x-publishable-api-key": process.env.PUBLISHABLE_KEY ?? "" }

const FES_ADDRESS = {
  first_name: "Salma",
  last_name: "Idrissi",
  address_1: "12 rue Talaa Kebira",
  city: "Fès",
  province: "fes",
  postal_code: "30000",
  country_code: "ma",
  phone: "0661223344",
  metadata: { region: "03" },
}

export type PlacedOrder = { id: string; display_id: number; total: number; reference: string }

/** One unit of a product, delivered by Amana to Fès, paid cash on delivery: the cooperative's order. */
export async function placeAmanaCashOrder(request: APIRequestContext, productHandle: string, email: string): Promise<PlacedOrder> {
  const post = async <T>(path: string, data: unknown, what: string) =>
    json<T>(await request.post(`${backendUrl}${path}`, { headers: storeHeaders, data }), what)
  const get = async <T>(path: string, what: string) => json<T>(await request.get(`${backendUrl}${path}`, { headers: storeHeaders }), what)

  const { regions } = await get<{ regions: Array<{ id: string; currency_code: string }> }>("/store/regions", "regions")
  const region = regions.find((candidate) => candidate.currency_code === "mad")
  const { products } = await get<{ products: Array<{ variants: Array<{ id: string }> }> }>(
    `/store/products?handle=${encodeURIComponent(productHandle)}&region_id=${region?.id}`,
    "product"
  )
  const { cart } = await post<{ cart: { id: string } }>(
    "/store/carts",
    { region_id: region?.id, email, shipping_address: FES_ADDRESS, locale: "fr-MA", metadata: { terms_acceptance: { version: TERMS_VERSION } } },
    "cart"
  )
  await post(`/store/carts/${cart.id}/line-items`, { variant_id: products[0].variants[0].id, quantity: 1 }, "line")
  const shipping = await get<StoreCooperativeShippingResponse>(`/store/carts/${cart.id}/cooperative-shipping`, "shipping options")
  for (const group of shipping.cooperatives) {
    const amana = group.options.find((option) => option.kind === "amana")
    await post(`/store/carts/${cart.id}/shipping-methods`, { option_id: amana?.id }, "shipping method")
  }
  const { payment_collection } = await post<{ payment_collection: { id: string } }>("/store/payment-collections", { cart_id: cart.id }, "payment")
  await post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: PAYMENT_PROVIDERS.cashOnDelivery }, "session")
  const completed = await post<StoreCompleteCartResponse>(`/store/carts/${cart.id}/complete`, {}, "completion")
  if (completed.type !== "order") {
    throw new Error(`completion: ${JSON.stringify(completed)}`)
  }
  const [order] = completed.order_group.orders
  return { id: order.id, display_id: order.display_id, total: order.total, reference: completed.order_group.reference }
}

/** The cooperative accepts, prepares, ships with Amana's tracking number and marks delivered; then declares the cash collected. */
export async function deliverAndDeclareCash(request: APIRequestContext, cooperative: ApprovedCooperative, orderId: string, trackingNumber: string) {
  const steps: Array<[string, unknown]> = [
    ["accept", {}],
    ["prepare", {}],
    ["ship", { carrier: "Amana", tracking_number: trackingNumber }],
    ["deliver", {}],
    ["cash-collected", {}],
  ]
  for (const [step, data] of steps) {
    await json(
      await request.post(`${backendUrl}/vendor/orders/${orderId}/${step}`, { headers: { authorization: `Bearer ${cooperative.token}` }, data }),
      `order ${step}`
    )
  }
}

/** The cooperative's statement as organizers read it. */
export async function organizerStatement(request: APIRequestContext, cooperativeId: string): Promise<EarningsStatement> {
  const response = await request.get(`${backendUrl}/admin/settlement/cooperatives/${cooperativeId}/statement`, {
    headers: { authorization: `Bearer ${await organizerToken(request)}` },
  })
  return (await json<AdminCooperativeStatementResponse>(response, "statement")).statement
}

/** A carrier statement as Amana sends it: French headers, semicolons, decimal commas, DD/MM/YYYY. */
export function amanaStatementCsv(lines: Array<{ tracking: string; amount: number }>): string {
  const today = new Date()
  const day = `${String(today.getUTCDate()).padStart(2, "0")}/${String(today.getUTCMonth() + 1).padStart(2, "0")}/${today.getUTCFullYear()}`
  return [
    "N° envoi;Montant CRBT;Date de versement",
    ...lines.map((line) => `${line.tracking};${line.amount.toFixed(2).replace(".", ",")};${day}`),
  ].join("\r\n")
}
