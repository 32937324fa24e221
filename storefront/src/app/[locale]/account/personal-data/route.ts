import { isLocale } from "@tadamon/shared/i18n"
import { redirect } from "next/navigation"
import { getSessionToken } from "@/lib/cookies"
import { visitorHeaders } from "@/lib/data/store-fetch"
import { backendUrl, publishableKey } from "@/lib/env"
import { localePath, queryString } from "@/lib/paths"

/**
 * "Download my data": the backend's JSON of everything held about the signed-in customer, handed
 * to the browser as a file (law 09-08, right of access). Never cached; signed out, to the sign-in.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const requested = (await params).locale
  const locale = isLocale(requested) ? requested : "ar"
  const signIn = `${localePath(locale, "/account/login")}${queryString({ next: localePath(locale, "/account") })}`
  if (!(await getSessionToken())) {
    redirect(signIn)
  }
  const answer = await fetch(new URL("/store/customers/me/personal-data", backendUrl()), {
    headers: { "x-publishable-api-key": publishableKey(), accept: "application/json", ...(await visitorHeaders(locale)) },
    cache: "no-store",
  })
  if (answer.status === 401 || answer.status === 404) {
    redirect(signIn)
  }
  if (!answer.ok) {
    return new Response(null, { status: 502, headers: { "cache-control": "no-store" } })
  }
  return new Response(answer.body, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": answer.headers.get("content-disposition") ?? 'attachment; filename="tadamon.json"',
      "cache-control": "no-store",
    },
  })
}
