import "server-only"
import type { CartChange } from "@tadamon/shared/contracts/store"
import type { FieldError, Locale } from "@tadamon/shared/i18n"
import { visitorHeaders } from "./data/store-fetch"
import { backendUrl, publishableKey } from "./env"

/** What the Store API said when it refused a request. */
export type StoreFailure = {
  ok: false
  /** HTTP status; 0 when the backend could not be reached. */
  status: number
  /** Medusa's error code, e.g. `insufficient_inventory`. */
  code?: string
  type?: string
  message: string
  /** Tadamon's field-level validation errors (400), already in the request's language. */
  errors: FieldError[]
  /** What changed in the cart since the customer saw it (409 `cart_changed` at completion). */
  changes?: CartChange[]
}

export type StoreResult<T> = { ok: true; data: T } | StoreFailure

export type SendOptions = {
  method?: "POST" | "DELETE"
  /** JSON, or a multipart form (file uploads). */
  body?: unknown
  query?: Record<string, string>
  locale?: Locale
  /** A token to send instead of the cookie's (registration, right after sign-in); null for none. */
  token?: string | null
}

/**
 * A Store API mutation for one visitor that keeps the whole error answer. The SDK's `FetchError`
 * keeps only the message, while the storefront needs Medusa's `code` (insufficient inventory) and
 * the backend's `errors[]` (address fields), so mutations that can fail that way come here.
 * Everything else goes through the SDK.
 */
export async function storeSend<T>(path: string, { method = "POST", body, query, locale, token }: SendOptions = {}): Promise<StoreResult<T>> {
  const headers = { "x-publishable-api-key": publishableKey(), ...(await visitorHeaders(locale, token)) }
  return backendSend<T>(path, { method, body, query, headers })
}

/**
 * One uncached request to the backend with the given headers, answered as a `StoreResult`: the
 * body (JSON, or a multipart form for uploads) and the whole error answer, never a throw.
 * `storeSend` (Store API) and `vendorSend` (cooperative API) add their own headers.
 */
export async function backendSend<T>(
  path: string,
  { method = "POST", body, query, headers }: { method?: "POST" | "DELETE"; body?: unknown; query?: Record<string, string>; headers: Record<string, string> }
): Promise<StoreResult<T>> {
  const url = backendRequestUrl(path, query)
  const multipart = body instanceof FormData
  const sent: Record<string, string> = { accept: "application/json", ...headers }
  if (body !== undefined && !multipart) {
    sent["content-type"] = "application/json"
  }

  let response: Response
  try {
    response = await fetch(url, {
      method,
      headers: sent,
      body: body === undefined ? undefined : multipart ? body : JSON.stringify(body),
      cache: "no-store",
    })
  } catch (error) {
    return { ok: false, status: 0, message: error instanceof Error ? error.message : String(error), errors: [] }
  }

  const payload: unknown = await response.json().catch(() => null)
  if (response.ok) {
    return { ok: true, data: payload as T }
  }
  return { ok: false, status: response.status, ...errorFields(payload, response.statusText) }
}

/** The backend's address for a path and its query. */
export function backendRequestUrl(path: string, query: Record<string, string> = {}): URL {
  const url = new URL(`/${path.replace(/^\/+/, "")}`, `${backendUrl()}/`)
  for (const [key, value] of Object.entries(query)) {
    url.searchParams.set(key, value)
  }
  return url
}

export function errorFields(payload: unknown, fallback: string): Omit<StoreFailure, "ok" | "status"> {
  if (typeof payload !== "object" || payload === null) {
    return { message: fallback, errors: [] }
  }
  const record = payload as Record<string, unknown>
  const errors = Array.isArray(record.errors) ? record.errors.filter(isFieldError) : []
  return {
    code: typeof record.code === "string" ? record.code : undefined,
    type: typeof record.type === "string" ? record.type : undefined,
    message: typeof record.message === "string" ? record.message : fallback,
    errors,
    ...(Array.isArray(record.changes) ? { changes: record.changes.filter(isCartChange) } : {}),
  }
}

function isFieldError(value: unknown): value is FieldError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Record<string, unknown>).field === "string" &&
    typeof (value as Record<string, unknown>).message === "string"
  )
}

function isCartChange(value: unknown): value is CartChange {
  if (typeof value !== "object" || value === null) {
    return false
  }
  const record = value as Record<string, unknown>
  return (record.kind === "price" || record.kind === "shipping") && typeof record.before === "number"
}
