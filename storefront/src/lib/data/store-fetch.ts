import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { LOCALE_TAGS, type Locale } from "@tadamon/shared"
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
