import { hasLocale } from "next-intl"
import { redirect } from "next/navigation"
import type { NextRequest } from "next/server"
import { routing } from "@/i18n/routing"
import { vendorDownload } from "@/lib/data/vendor-fetch"
import { localePath, queryString } from "@/lib/paths"

const DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * The earnings statement as CSV (`GET /vendor/earnings/export.csv`), passed on from the backend
 * with the member's token: the browser never holds the token, so the link goes through here.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) {
    return new Response(null, { status: 404 })
  }
  const query: Record<string, string> = {}
  for (const name of ["from", "to"]) {
    const value = request.nextUrl.searchParams.get(name)
    if (value && DATE.test(value)) {
      query[name] = value
    }
  }
  const response = await vendorDownload("/vendor/earnings/export.csv", query)
  if (response.status === 401) {
    redirect(`${localePath(locale, "/coop/sign-in")}${queryString({ next: localePath(locale, "/coop/earnings") })}`)
  }
  if (!response.ok || !response.body) {
    return new Response(null, { status: response.status === 403 ? 403 : 502 })
  }
  return new Response(response.body, {
    headers: {
      "content-type": response.headers.get("content-type") ?? "text/csv; charset=utf-8",
      "content-disposition": response.headers.get("content-disposition") ?? 'attachment; filename="tadamon-earnings.csv"',
      "cache-control": "private, no-store",
    },
  })
}
