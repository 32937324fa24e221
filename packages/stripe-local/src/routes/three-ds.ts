import type { PaymentIntent } from "../objects"
import { RawResponse, type Route } from "../router"
import { challengePage, resultPage, returnLocation } from "../three-ds"
import type { ControlRequest } from "./control"

/** `/_local/3ds/:id`: the challenge page and its Complete / Fail actions. */

function html(body: string): RawResponse {
  return new RawResponse(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }, body)
}

function decide(result: "complete" | "fail") {
  return ({ path, query, control, store, acceptsHtml }: ControlRequest): unknown => {
    const intent: PaymentIntent = store.intent(path.id)
    if (acceptsHtml && intent.status !== "requires_action") {
      return html(resultPage(intent, undefined))
    }
    const rendered = control.authenticate(path.id, result)
    const returnUrl = query.get("return_url") ?? undefined
    if (returnUrl) {
      return new RawResponse(303, { location: returnLocation(intent, returnUrl) }, "")
    }
    return acceptsHtml ? html(resultPage(intent, undefined)) : rendered
  }
}

export const threeDsRoutes: Array<Route<ControlRequest>> = [
  {
    method: "GET",
    pattern: "/_local/3ds/:id",
    handler: ({ path, query, store }) => html(challengePage(store.intent(path.id), query.get("return_url") ?? undefined)),
  },
  { method: "POST", pattern: "/_local/3ds/:id/complete", handler: decide("complete") },
  { method: "POST", pattern: "/_local/3ds/:id/fail", handler: decide("fail") },
]
