import type { Control } from "../control"
import { invalidRequest, missingParam } from "../errors"
import type { Route } from "../router"
import type { Store } from "../state"

/** The `/_local` control API over HTTP (JSON or form bodies); see README.md for the list. */

export interface ControlRequest {
  body: Record<string, unknown>
  query: URLSearchParams
  path: Record<string, string>
  control: Control
  store: Store
  /** The caller is a browser form (the 3-D Secure page), not a test's HTTP client. */
  acceptsHtml: boolean
}

function text(body: Record<string, unknown>, key: string): string {
  const value = body[key]
  if (typeof value !== "string" || !value) {
    throw missingParam(key)
  }
  return value
}

function texts(body: Record<string, unknown>, key: string): string[] | undefined {
  const value = body[key]
  if (value === undefined) {
    return undefined
  }
  const items = Array.isArray(value) ? value : typeof value === "object" && value !== null ? Object.values(value) : [value]
  if (!items.every((item): item is string => typeof item === "string")) {
    throw invalidRequest(`${key} must be a list of ids`, { param: key })
  }
  return items
}

function order(body: Record<string, unknown>): "created" | "reverse" {
  return body.order === "reverse" ? "reverse" : "created"
}

function sendInOrder({ body, control }: ControlRequest) {
  const ids = texts(body, "event_ids")
  if (ids) {
    return { sent: control.sendEventsInOrder(ids).map((event) => event.id) }
  }
  const objectId = text(body, "object_id")
  return { sent: control.sendEventsReversed(objectId).map((event) => event.id) }
}

export const controlRoutes: Array<Route<ControlRequest>> = [
  { method: "GET", pattern: "/_local/health", handler: () => ({ ok: true }) },
  { method: "GET", pattern: "/_local/state", handler: ({ control }) => control.state() },
  {
    method: "POST",
    pattern: "/_local/reset",
    handler: ({ control }) => {
      control.reset()
      return { ok: true }
    },
  },
  {
    method: "POST",
    pattern: "/_local/next_outcome",
    handler: ({ body, control }) => {
      control.queueOutcome(text(body, "outcome"))
      return { ok: true }
    },
  },
  {
    method: "POST",
    pattern: "/_local/payment_intents/:id/next_outcome",
    handler: ({ body, path, control }) => {
      control.forceOutcome(path.id, text(body, "outcome"))
      return { ok: true }
    },
  },
  {
    method: "POST",
    pattern: "/_local/payment_intents/:id/authenticate",
    handler: ({ body, path, control }) => control.authenticate(path.id, body.result === "fail" ? "fail" : "complete"),
  },
  {
    method: "GET",
    pattern: "/_local/events",
    handler: ({ query, control }) => ({ data: control.events({ type: query.get("type") ?? undefined, objectId: query.get("object_id") ?? undefined }) }),
  },
  {
    method: "GET",
    pattern: "/_local/webhooks/deliveries",
    handler: ({ query, control }) => ({ data: control.deliveries({ eventId: query.get("event_id") ?? undefined, type: query.get("type") ?? undefined }) }),
  },
  {
    method: "GET",
    pattern: "/_local/webhooks/idle",
    handler: async ({ control }) => {
      await control.webhooksIdle()
      return { ok: true }
    },
  },
  { method: "POST", pattern: "/_local/webhooks/resend", handler: ({ body, control }) => ({ sent: [control.resendEvent(text(body, "event_id")).id] }) },
  { method: "POST", pattern: "/_local/webhooks/send_in_order", handler: sendInOrder },
  {
    method: "POST",
    pattern: "/_local/webhooks/forge",
    handler: ({ body, control }) => {
      const signature = text(body, "signature")
      if (signature !== "bad_signature" && signature !== "expired") {
        throw invalidRequest("signature must be bad_signature or expired", { param: "signature" })
      }
      return { sent: [control.sendForged(text(body, "event_id"), signature).id], signature }
    },
  },
  {
    method: "POST",
    pattern: "/_local/webhooks/hold",
    handler: ({ control }) => {
      control.holdWebhooks()
      return { ok: true }
    },
  },
  { method: "POST", pattern: "/_local/webhooks/release", handler: ({ body, control }) => ({ sent: control.releaseWebhooks(order(body)).map((event) => event.id) }) },
  { method: "POST", pattern: "/_local/webhooks/trigger", handler: ({ body, control }) => control.triggerEvent(text(body, "type"), text(body, "object_id")) },
]
