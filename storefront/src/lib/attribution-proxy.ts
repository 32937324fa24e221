import type { NextRequest, NextResponse } from "next/server"
import { LOCALES } from "@tadamon/shared/i18n"
import {
  ATTRIBUTION_COOKIE,
  ATTRIBUTION_MAX_AGE,
  attributionFromUrl,
  parseAttribution,
  preferAttribution,
  serializeAttribution,
} from "./attribution"
import { cookieSecure } from "./env"

/**
 * Called by the proxy for every page request: a landing link that carries an edition
 * (`?edition=…&via=…`) is remembered in the `tadamon_attribution` cookie, so the cart created or
 * filled later (another request, a server action) can carry it. Only page visits count: not the
 * POSTs of server actions (they repeat the page's query) and not Next's link prefetches, which
 * are no visit.
 *
 * The cookie's options are those of every storefront cookie (`cookies.ts`): httpOnly,
 * sameSite=lax, Secure in production. They are set here on the response because `cookies()` from
 * next/headers cannot write outside server actions and route handlers.
 */
export function rememberAttribution(request: NextRequest, response: NextResponse): void {
  if (request.method !== "GET" || isPrefetch(request)) {
    return
  }
  const incoming = attributionFromUrl(request.nextUrl.pathname, request.nextUrl.searchParams, LOCALES)
  if (!incoming) {
    return
  }
  const current = parseAttribution(request.cookies.get(ATTRIBUTION_COOKIE)?.value)
  const kept = preferAttribution(current, incoming)
  if (!kept || kept === current) {
    return
  }
  response.cookies.set(ATTRIBUTION_COOKIE, serializeAttribution(kept), {
    httpOnly: true,
    sameSite: "lax",
    secure: cookieSecure(),
    path: "/",
    maxAge: ATTRIBUTION_MAX_AGE,
  })
}

function isPrefetch(request: NextRequest): boolean {
  const headers = request.headers
  return (
    headers.get("next-router-prefetch") === "1" ||
    headers.get("purpose") === "prefetch" ||
    headers.get("sec-purpose")?.includes("prefetch") === true
  )
}
