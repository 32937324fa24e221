import createMiddleware from "next-intl/middleware"
import { routing } from "./i18n/routing"

/** Locale routing: `/` and unprefixed paths go to Arabic, the default. */
export default createMiddleware(routing)

export const config = {
  // Everything but API routes, Next internals and files with an extension (favicon.ico, robots.txt).
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
}
