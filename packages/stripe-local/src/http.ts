import type { IncomingMessage, ServerResponse } from "node:http"
import { authenticationError, invalidRequest } from "./errors"
import type { Auth } from "./router"

/** Node HTTP plumbing: bodies, JSON and raw responses, CORS, API keys. */

const MAX_BODY_BYTES = 1024 * 1024

export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer | string>) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk)
    size += buffer.length
    if (size > MAX_BODY_BYTES) {
      throw invalidRequest("Request body too large.")
    }
    chunks.push(buffer)
  }
  return Buffer.concat(chunks).toString("utf8")
}

/** The browser paths (Stripe.js stand-in, publishable-key API calls, 3-D Secure page) are called cross-origin. */
export function setCors(response: ServerResponse): void {
  response.setHeader("access-control-allow-origin", "*")
  response.setHeader("access-control-allow-methods", "GET, POST, DELETE, OPTIONS")
  response.setHeader("access-control-allow-headers", "Authorization, Content-Type, Idempotency-Key, Stripe-Version, Stripe-Account")
  response.setHeader("access-control-expose-headers", "Request-Id, Idempotent-Replayed, Stripe-Version")
  response.setHeader("access-control-max-age", "600")
}

/** A single-valued request header. */
export function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()]
  return Array.isArray(value) ? value[0] : value
}

export function send(response: ServerResponse, status: number, headers: Record<string, string>, body: string): void {
  response.writeHead(status, { "content-length": String(Buffer.byteLength(body)), ...headers })
  response.end(body)
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  send(response, status, { "content-type": "application/json; charset=utf-8", ...headers }, typeof body === "string" ? body : JSON.stringify(body, null, 2))
}

function keyFromHeader(header: string | undefined): string | undefined {
  if (!header) {
    return undefined
  }
  const [scheme, value = ""] = header.split(" ", 2)
  if (scheme.toLowerCase() === "bearer") {
    return value.trim()
  }
  if (scheme.toLowerCase() === "basic") {
    return Buffer.from(value, "base64").toString("utf8").split(":")[0]
  }
  return undefined
}

function mask(key: string): string {
  return `${key.slice(0, 8)}${"*".repeat(Math.max(0, key.length - 12))}${key.slice(-4)}`
}

/**
 * Secret keys (`sk_test_…`) by Bearer/Basic auth; publishable keys (`pk_test_…`) by Bearer or
 * the `key` form field Stripe.js uses. When the server was given keys, only those are accepted.
 */
export function authenticate(header: string | undefined, formKey: string | undefined, expected: { secretKey?: string; publishableKey?: string }): Auth {
  const key = keyFromHeader(header) ?? formKey
  if (!key) {
    throw authenticationError(
      "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY')."
    )
  }
  if (key.startsWith("sk_live_") || key.startsWith("pk_live_") || key.startsWith("rk_live_")) {
    throw authenticationError("stripe-local is a test double and accepts test keys only (sk_test_…, pk_test_…).")
  }
  if (key.startsWith("sk_test_") || key.startsWith("rk_test_")) {
    if (expected.secretKey && key !== expected.secretKey) {
      throw authenticationError(`Invalid API Key provided: ${mask(key)}`)
    }
    return { kind: "secret", key }
  }
  if (key.startsWith("pk_test_")) {
    if (expected.publishableKey && key !== expected.publishableKey) {
      throw authenticationError(`Invalid API Key provided: ${mask(key)}`)
    }
    return { kind: "publishable", key }
  }
  throw authenticationError(`Invalid API Key provided: ${mask(key)}`)
}
