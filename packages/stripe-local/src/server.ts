import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { Control } from "./control"
import { StripeApiError, type StripeErrorBody } from "./errors"
import { parseForm, type Params } from "./form"
import { authenticate, header, readBody, send, sendJson, setCors } from "./http"
import { optionalString, stringList } from "./params"
import type { Context } from "./payment-methods"
import { RawResponse, Router, type Auth } from "./router"
import { chargeAndEventRoutes } from "./routes/charges-events"
import { controlRoutes, type ControlRequest } from "./routes/control"
import { customerRoutes } from "./routes/customers"
import { paymentIntentRoutes } from "./routes/payment-intents"
import { paymentMethodRoutes } from "./routes/payment-methods"
import { refundRoutes } from "./routes/refunds"
import { setupIntentRoutes } from "./routes/setup-intents"
import { threeDsRoutes } from "./routes/three-ds"
import { expand, newId, Store } from "./state"
import { stripeJsSource } from "./stripe-js"
import { WebhookDispatcher } from "./webhooks"

export interface StripeLocalOptions {
  /** 0 (default) picks a free port. */
  port?: number
  /** Interface to listen on; default 127.0.0.1. */
  host?: string
  /** Where events are POSTed (e.g. the backend's `/hooks/payment/stripe_stripe`); no deliveries without it. */
  webhookUrl?: string
  /** `whsec_…` secret the events are signed with; required with `webhookUrl`. */
  webhookSecret?: string
  /** Accept only this `pk_test_…` (default: any `pk_test_…`). */
  publishableKey?: string
  /** Accept only this `sk_test_…` (default: any `sk_test_…`). */
  secretKey?: string
  /** `api_version` written on events; default the one the Medusa provider's client pins. */
  apiVersion?: string
  /** Origin put in `next_action` URLs; default the Host the request came in on. */
  publicUrl?: string
  /** Attempts per webhook delivery, retries included (default 4). */
  webhookMaxAttempts?: number
  /** First retry delay in ms, growing fourfold (default 100). */
  webhookRetryDelayMs?: number
}

export interface StripeLocalServer {
  url: string
  port: number
  control: Control
  close(): Promise<void>
}

/** The API version `stripe` 15.x (the Medusa provider's client) sends. */
export const DEFAULT_API_VERSION = "2024-04-10"

function errorBody(error: unknown): { status: number; body: { error: StripeErrorBody } } {
  if (error instanceof StripeApiError) {
    return { status: error.status, body: { error: error.body } }
  }
  const message = error instanceof Error ? error.message : String(error)
  return { status: 500, body: { error: { type: "api_error", message: `stripe-local internal error: ${message}` } } }
}

function controlBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) {
    return {}
  }
  if (contentType?.includes("application/json")) {
    const parsed: unknown = JSON.parse(raw)
    return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {}
  }
  return parseForm(raw)
}

export async function createStripeLocalServer(options: StripeLocalOptions = {}): Promise<StripeLocalServer> {
  if (options.webhookUrl && !options.webhookSecret) {
    throw new Error("stripe-local: webhookUrl needs webhookSecret to sign events with")
  }
  const store = new Store()
  const webhooks = new WebhookDispatcher(store, {
    url: options.webhookUrl,
    secret: options.webhookSecret,
    apiVersion: options.apiVersion ?? DEFAULT_API_VERSION,
    maxAttempts: options.webhookMaxAttempts ?? 4,
    retryDelayMs: options.webhookRetryDelayMs ?? 100,
  })
  let origin = ""
  const contextFor = (host: string | undefined, request?: Context["request"]): Context => ({
    store,
    webhooks,
    baseUrl: options.publicUrl ?? (host ? `http://${host}` : origin),
    request,
  })
  const control = new Control(store, webhooks, () => contextFor(undefined))
  const api = new Router().add([
    ...customerRoutes,
    ...paymentIntentRoutes,
    ...paymentMethodRoutes,
    ...refundRoutes,
    ...setupIntentRoutes,
    ...chargeAndEventRoutes,
  ])
  const local = new Router<ControlRequest>().add([...controlRoutes, ...threeDsRoutes])

  async function handleApi(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const method = request.method ?? "GET"
    const raw = await readBody(request)
    const params: Params = method === "POST" ? parseForm(raw) : parseForm(url.search.slice(1))
    const formKey = optionalString(params, "key")
    delete params.key
    const auth: Auth = authenticate(request.headers.authorization, formKey, options)
    const match = api.match(method, url.pathname)
    if (!match) {
      throw new StripeApiError(404, {
        type: "invalid_request_error",
        message: `Unrecognized request URL (${method}: ${url.pathname}). stripe-local implements only the subset in its README.`,
      })
    }
    if (auth.kind === "publishable" && !match.route.publishable) {
      throw new StripeApiError(401, {
        type: "invalid_request_error",
        message: "This API call cannot be made with a publishable API key. Please use a secret API key.",
      })
    }
    const requestId = newId("req")
    const idempotencyKey = method === "POST" ? header(request, "idempotency-key") : undefined
    const stripeVersion = header(request, "stripe-version") ?? options.apiVersion ?? DEFAULT_API_VERSION
    const headers: Record<string, string> = { "request-id": requestId, "stripe-version": stripeVersion }
    const cacheKey = idempotencyKey ? `${auth.key} ${idempotencyKey}` : undefined
    const fingerprint = `${method} ${url.pathname} ${raw}`
    const saved = cacheKey ? store.idempotency.get(cacheKey) : undefined
    if (saved) {
      if (saved.fingerprint !== fingerprint) {
        throw new StripeApiError(400, {
          type: "idempotency_error",
          message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
        })
      }
      sendJson(response, saved.status, saved.body, { ...headers, "idempotent-replayed": "true", "idempotency-key": idempotencyKey ?? "" })
      return
    }
    const ctx = contextFor(request.headers.host, { id: requestId, idempotencyKey: idempotencyKey ?? null })
    let status = 200
    let body: unknown
    try {
      body = expand(store, await match.route.handler({ method, params, path: match.path, auth, ctx }), stringList(params, "expand"))
    } catch (error) {
      ;({ status, body } = errorBody(error))
    }
    const text = JSON.stringify(body, null, 2)
    // Stripe saves results once an endpoint has run (successes and card errors), not validation failures.
    if (cacheKey && (status === 200 || status === 402)) {
      store.idempotency.set(cacheKey, { fingerprint, status, body: text })
    }
    sendJson(response, status, text, idempotencyKey ? { ...headers, "idempotency-key": idempotencyKey } : headers)
  }

  async function handleLocal(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const method = request.method ?? "GET"
    const match = local.match(method, url.pathname)
    if (!match) {
      throw new StripeApiError(404, { type: "invalid_request_error", message: `Unknown control endpoint (${method}: ${url.pathname}).` })
    }
    const raw = await readBody(request)
    const accept = request.headers.accept ?? ""
    const result = await match.route.handler({
      body: controlBody(raw, request.headers["content-type"]),
      query: url.searchParams,
      path: match.path,
      control,
      store,
      acceptsHtml: accept.includes("text/html"),
    })
    if (result instanceof RawResponse) {
      send(response, result.status, result.headers, result.body)
    } else {
      sendJson(response, 200, result ?? { ok: true })
    }
  }

  function serveScript(request: IncomingMessage, response: ServerResponse, url: URL): void {
    const release = url.pathname.split("/").filter(Boolean)[0]
    const source = stripeJsSource({
      version: release === "v3" ? 3 : release,
      fallbackOrigin: options.publicUrl ?? `http://${request.headers.host ?? "localhost"}`,
    })
    send(response, 200, { "content-type": "application/javascript; charset=utf-8", "cache-control": "no-cache" }, source)
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://stripe-local")
    setCors(response)
    if (request.method === "OPTIONS") {
      send(response, 204, {}, "")
      return
    }
    try {
      if (url.pathname.startsWith("/v1/")) {
        await handleApi(request, response, url)
      } else if (url.pathname.startsWith("/_local/")) {
        await handleLocal(request, response, url)
      } else if (/^\/v3\/?$/.test(url.pathname) || /^\/[a-z0-9]+\/stripe\.js$/.test(url.pathname)) {
        serveScript(request, response, url)
      } else if (url.pathname === "/") {
        sendJson(response, 200, { name: "stripe-local", description: "Stripe test double (development and tests only)", api: "/v1", stripe_js: "/v3", control: "/_local/state" })
      } else {
        throw new StripeApiError(404, { type: "invalid_request_error", message: `Unrecognized request URL (${request.method}: ${url.pathname}).` })
      }
    } catch (error) {
      const { status, body } = errorBody(error)
      if (!response.headersSent) {
        sendJson(response, status, body)
      }
    }
  }

  const server = createServer((request, response) => {
    void handle(request, response)
  })
  const host = options.host ?? "127.0.0.1"
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject)
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port
  origin = `http://${host.includes(":") ? `[${host}]` : host}:${port}`
  return {
    url: origin,
    port,
    control,
    close: async () => {
      webhooks.close()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
