import createMiddleware from "next-intl/middleware"
import { NextRequest } from "next/server"
import { routing } from "./i18n/routing"
import { CURRENT_URL_HEADER } from "./lib/current-url"

const handleI18nRouting = createMiddleware(routing)

export default function proxy(request: NextRequest) {
  const headers = new Headers(request.headers)
  headers.set(CURRENT_URL_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`)
  // next-intl copies the incoming request headers into the request it forwards to the app.
  return handleI18nRouting(new NextRequest(request, { headers }))
}

export const config = {
  // Everything but API routes, Next internals and files with an extension (favicon.ico, robots.txt).
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
}
