import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { LOCALE_TAGS, type Locale } from "@tadamon/shared/i18n"
import { headers as requestHeaders } from "next/headers"
import { getSessionToken } from "../cookies"
import { sdk } from "../sdk"

type StoreGetOptions = {
  /** Content language: the backend's Translation Module answers in it. */
  locale?: Locale
  query?: Record<string, string | number | string[] | undefined>
  /** Cache tags; the response is cached in Next's data cache until one is revalidated. */
  tags: string[]
  revalidate: number
}

/**
 * A cached GET on the Store API through the one SDK instance. The locale goes both as `?locale=`
 * (part of the cache key) and as `x-medusa-locale`, the header the SDK would otherwise send empty.
 */
export function storeGet<T>(path: string, { locale, query, tags, revalidate }: StoreGetOptions): Promise<T> {
  const localeTag = locale ? LOCALE_TAGS[locale] : undefined
  return sdk().client.fetch<T>(path, {
    method: "GET",
    query: localeTag ? { ...query, locale: localeTag } : query,
    headers: localeTag ? { "x-medusa-locale": localeTag } : undefined,
    next: { tags, revalidate },
  })
}

/** Resolves to null when the Store API answers 404 (unknown or unpublished handle). */
export async function nullWhenNotFound<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) {
      return null
    }
    throw error
  }
}

/**
 * The visitor's address chain as this server received it (`X-Forwarded-For`, ending with the
 * connection's peer, which server.mjs appends), passed on so the backend's rate limits count
 * visitors, not the storefront. The backend believes it only from proxies it trusts
 * (`TRUST_PROXY`). Empty outside a request.
 */
export async function forwardedFor(): Promise<Record<string, string>> {
  try {
    const address = (await requestHeaders()).get("x-forwarded-for")
    return address ? { "x-forwarded-for": address } : {}
  } catch {
    return {}
  }
}

/**
 * Headers of a per-visitor request: the visitor's address, the content language and, when the
 * customer is signed in, their token (read from the httpOnly session cookie unless given).
 */
export async function visitorHeaders(locale?: Locale, token?: string | null): Promise<Record<string, string>> {
  const headers: Record<string, string> = await forwardedFor()
  if (locale) {
    headers["x-medusa-locale"] = LOCALE_TAGS[locale]
  }
  // `null` means "send no token" (after the response, where cookies can no longer be read).
  const session = token === undefined ? await getSessionToken() : token
  if (session) {
    headers.authorization = `Bearer ${session}`
  }
  return headers
}

/**
 * An uncached GET for one visitor (cart, customer, orders): never in the shared data cache,
 * with the visitor's token when signed in.
 */
export async function visitorGet<T>(
  path: string,
  { locale, query, token }: { locale?: Locale; query?: StoreGetOptions["query"]; token?: string | null } = {}
): Promise<T> {
  return sdk().client.fetch<T>(path, {
    method: "GET",
    query,
    headers: await visitorHeaders(locale, token),
    cache: "no-store",
  })
}

/** Resolves to null when the backend answers `status` (the SDK's `FetchError`); rethrows anything else. */
export async function nullOnStatus<T>(request: Promise<T>, status: number): Promise<T | null> {
  try {
    return await request
  } catch (error) {
    if (error instanceof FetchError && error.status === status) {
      return null
    }
    throw error
  }
}

/** Resolves to null when the backend answers 401 (no or expired session, a customer's or a member's). */
export function nullWhenSignedOut<T>(request: Promise<T>): Promise<T | null> {
  return nullOnStatus(request, 401)
}
