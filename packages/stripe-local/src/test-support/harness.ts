import { createServer, type IncomingHttpHeaders } from "node:http"
import type { AddressInfo } from "node:net"
import Stripe from "stripe"
import { createStripeLocalServer, type StripeLocalOptions, type StripeLocalServer } from "../server"

/** Shared setup for the unit tests: a server, a real `stripe` client pointed at it, a webhook listener. */

export const SECRET_KEY = "sk_test_tadamon_local"
export const PUBLISHABLE_KEY = "pk_test_tadamon_local"
export const WEBHOOK_SECRET = "whsec_tadamon_local_test"

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders
  body: string
}

export interface WebhookReceiver {
  url: string
  received: ReceivedWebhook[]
  /** Answer the next `count` deliveries with `status` instead of 200. */
  failNext(count: number, status?: number): void
  close(): Promise<void>
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = []
  let failures = 0
  let failureStatus = 500
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on("data", (chunk: Buffer) => chunks.push(chunk))
    request.on("end", () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") })
      if (failures > 0) {
        failures -= 1
        response.writeHead(failureStatus).end("failing on purpose")
        return
      }
      response.writeHead(200, { "content-type": "application/json" }).end('{"received":true}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks/payment/stripe_stripe`,
    received,
    failNext(count, status = 500) {
      failures = count
      failureStatus = status
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

export interface Harness {
  server: StripeLocalServer
  stripe: Stripe
  publishable: Stripe
  close(): Promise<void>
}

export function clientFor(server: StripeLocalServer, key: string): Stripe {
  return new Stripe(key, { host: "127.0.0.1", port: server.port, protocol: "http", maxNetworkRetries: 0 })
}

export async function startHarness(options: StripeLocalOptions = {}): Promise<Harness> {
  const server = await createStripeLocalServer({ secretKey: SECRET_KEY, publishableKey: PUBLISHABLE_KEY, ...options })
  return {
    server,
    stripe: clientFor(server, SECRET_KEY),
    publishable: clientFor(server, PUBLISHABLE_KEY),
    close: () => server.close(),
  }
}

/** Plain HTTP against the server (for paths the `stripe` client cannot call: publishable-key bodies, control API, pages). */
export async function call(
  server: StripeLocalServer,
  method: string,
  path: string,
  options: { key?: string; form?: string; json?: unknown; headers?: Record<string, string> } = {}
): Promise<{ status: number; headers: Headers; body: string; json: <T = Record<string, unknown>>() => T }> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) }
  if (options.key) {
    headers.authorization = `Bearer ${options.key}`
  }
  let body: string | undefined
  if (options.form !== undefined) {
    headers["content-type"] = "application/x-www-form-urlencoded"
    body = options.form
  } else if (options.json !== undefined) {
    headers["content-type"] = "application/json"
    body = JSON.stringify(options.json)
  }
  const response = await fetch(`${server.url}${path}`, { method, headers, body, redirect: "manual" })
  const text = await response.text()
  return { status: response.status, headers: response.headers, body: text, json: <T>() => JSON.parse(text) as T }
}
