/**
 * The module that reads the infrastructure settings from `process.env` in the storefront (the legal
 * pages' settings are read by lib/legal-settings.ts).
 *
 * Every value is read when it is asked for, at run time on the server: a built storefront keeps
 * working when the backend moves or a re-seeded database issues a new publishable key. Nothing here
 * is `NEXT_PUBLIC_*`, so none of it is inlined into a bundle.
 */

import { PHASE_PRODUCTION_BUILD } from "next/constants"

const DEFAULT_BACKEND_URL = "http://localhost:9000"

/** Where the Medusa backend listens, without a trailing slash. */
export function backendUrl(): string {
  const value = process.env.MEDUSA_BACKEND_URL?.trim()
  return (value || DEFAULT_BACKEND_URL).replace(/\/+$/, "")
}

/** The Store API publishable key; empty when unset (the backend then answers 400). */
export function publishableKey(): string {
  return process.env.MEDUSA_PUBLISHABLE_KEY?.trim() ?? ""
}

/** Shared secret the backend sends to `POST /api/revalidate`; undefined disables the route. */
export function revalidateSecret(): string | undefined {
  const value = process.env.REVALIDATE_SECRET?.trim()
  return value ? value : undefined
}

/**
 * Whether the storefront's own cookies (cart, session, last order) are `Secure`. On in production,
 * where the storefront is served over HTTPS; `COOKIE_SECURE=false` turns it off for a production
 * build served over plain http (browsers other than Chromium and Firefox refuse Secure cookies
 * from http://localhost).
 */
export function cookieSecure(): boolean {
  const value = process.env.COOKIE_SECURE?.trim()
  if (value === "false") {
    return false
  }
  if (value === "true") {
    return true
  }
  return process.env.NODE_ENV === "production"
}

/**
 * Stripe's publishable key (`pk_…`), handed to the card form at run time; empty when unset, and
 * then the checkout offers no card payment even if the backend does.
 */
export function stripePublishableKey(): string {
  return process.env.STRIPE_PUBLISHABLE_KEY?.trim() ?? ""
}

/**
 * Where the browser loads Stripe.js from when it is not Stripe itself (the local test double's
 * stand-in during development); undefined loads https://js.stripe.com as usual.
 */
export function stripeJsUrl(): string | undefined {
  const value = process.env.STRIPE_JS_URL?.trim()
  return value ? value : undefined
}

/**
 * The storefront's own public address (`STOREFRONT_URL`, e.g. `https://tadamon.ma`), without a
 * trailing slash, for links that leave the site (the QR codes of the stand sheets, canonical URLs,
 * robots.txt and the sitemaps); undefined when unset, and then the request's own origin is used
 * (`lib/public-url.ts`).
 */
export function storefrontUrl(): string | undefined {
  const value = process.env.STOREFRONT_URL?.trim()
  return value ? value.replace(/\/+$/, "") : undefined
}

/**
 * Whether this code runs inside `next build` (Next sets `NEXT_PHASE` while it collects routes):
 * nothing reads the backend then, so a build needs none.
 */
export function isBuilding(): boolean {
  return process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD
}
