import { hasLocale } from "next-intl"
import { notFound } from "next/navigation"
import type { Locale } from "@tadamon/shared/i18n"
import { routing } from "@/i18n/routing"

/** The `[locale]` param, checked (the layout already 404s on others). */
export function pageLocale(value: string): Locale {
  if (!hasLocale(routing.locales, value)) {
    notFound()
  }
  return value
}

/** One value of a search param (`?a=1&a=2` gives "1"). */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

/** `?page=N` as a whole number from 1; anything else is page 1. */
export function pageNumber(value: string | string[] | undefined): number {
  const parsed = Number.parseInt(firstParam(value) ?? "", 10)
  return Number.isFinite(parsed) && parsed > 0 ? parsed : 1
}

export type SearchParams = Promise<Record<string, string | string[] | undefined>>

/** A path segment decoded once; a malformed escape (`%E0%A4%A`) is kept as it came. */
export function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
