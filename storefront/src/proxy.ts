import createMiddleware from "next-intl/middleware"
import type { NextRequest } from "next/server"
import { routing } from "./i18n/routing"
import { rememberAttribution } from "./lib/attribution-proxy"

/** Locale routing: `/` and unprefixed paths go to Arabic, the default. */
const localeRouting = createMiddleware(routing)

/** Locale routing, then the market attribution a landing link carries (`?edition=…&via=…`). */
export default function proxy(request: NextRequest) {
  const response = localeRouting(request)
  rememberAttribution(request, response)
  return response
}

export const config = {
  // Everything but API routes, Next internals and files with an extension (favicon.ico, robots.txt).
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
}
