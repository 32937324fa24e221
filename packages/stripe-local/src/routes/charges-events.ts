import { list } from "../objects"
import { optionalInteger, optionalString } from "../params"
import type { ApiRequest, Route } from "../router"

/** Read-only `/v1/charges` and `/v1/events`, for expansions and reconciliation. */

function listCharges({ params, ctx }: ApiRequest) {
  const paymentIntent = optionalString(params, "payment_intent")
  const limit = optionalInteger(params, "limit") ?? 10
  const charges = [...ctx.store.charges.values()]
    .filter((charge) => !paymentIntent || charge.payment_intent === paymentIntent)
    .reverse()
    .map((charge) => ctx.store.renderCharge(charge))
  return { ...list(charges.slice(0, limit), "/v1/charges"), has_more: charges.length > limit }
}

function listEvents({ params, ctx }: ApiRequest) {
  const type = optionalString(params, "type")
  const limit = optionalInteger(params, "limit") ?? 10
  const events = ctx.store.events.filter((event) => !type || event.type === type).slice().reverse()
  return { ...list(events.slice(0, limit), "/v1/events"), has_more: events.length > limit }
}

export const chargeAndEventRoutes: Route[] = [
  { method: "GET", pattern: "/v1/charges", handler: listCharges },
  { method: "GET", pattern: "/v1/charges/:id", handler: ({ path, ctx }) => ctx.store.renderCharge(ctx.store.charge(path.id)) },
  { method: "GET", pattern: "/v1/events", handler: listEvents },
  { method: "GET", pattern: "/v1/events/:id", handler: ({ path, ctx }) => ctx.store.event(path.id) },
]
