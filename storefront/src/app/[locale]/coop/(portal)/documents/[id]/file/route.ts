import { hasLocale } from "next-intl"
import { redirect } from "next/navigation"
import { routing } from "@/i18n/routing"
import { vendorDownload } from "@/lib/data/vendor-fetch"
import { localePath, queryString } from "@/lib/paths"

/**
 * A document's private file (`GET /vendor/documents/:id/file`), read with the member's token,
 * which the browser never holds: the bytes passed on, or the backend's redirect to a short-lived
 * signed URL (S3-compatible storage) for the browser to follow.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params
  if (!hasLocale(routing.locales, locale)) {
    return new Response(null, { status: 404 })
  }
  const response = await vendorDownload(`/vendor/documents/${encodeURIComponent(id)}/file`, {}, { redirect: "manual" })
  if (response.status === 401) {
    redirect(`${localePath(locale, "/coop/sign-in")}${queryString({ next: localePath(locale, "/coop/documents") })}`)
  }
  const location = response.headers.get("location")
  if (response.status >= 300 && response.status < 400 && location) {
    return new Response(null, { status: 302, headers: { location, "cache-control": "private, no-store", "referrer-policy": "no-referrer" } })
  }
  if (!response.ok || !response.body) {
    return new Response(null, { status: response.status === 404 ? 404 : 502 })
  }
  const headers = new Headers({ "cache-control": "private, no-store", "x-content-type-options": "nosniff", "referrer-policy": "no-referrer" })
  for (const name of ["content-type", "content-disposition", "content-length"]) {
    const value = response.headers.get(name)
    if (value) {
      headers.set(name, value)
    }
  }
  return new Response(response.body, { headers })
}
