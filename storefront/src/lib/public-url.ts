import "server-only"
import { headers } from "next/headers"
import { storefrontUrl } from "@/lib/env"

/**
 * The storefront's public origin, for every address that leaves the page: the stand sheets' QR
 * codes, canonical and alternate links, Open Graph tags, structured data, robots.txt and the
 * sitemaps. `STOREFRONT_URL` when set (production should set it), otherwise the origin this request
 * reached, as the reverse proxy or Next's own server reports it.
 */
export async function publicOrigin(): Promise<string> {
  const configured = storefrontUrl()
  if (configured) {
    return configured
  }
  const requestHeaders = await headers()
  const first = (name: string) => requestHeaders.get(name)?.split(",")[0]?.trim() || undefined
  const host = first("x-forwarded-host") ?? first("host") ?? "localhost:8000"
  const local = /^(localhost|127\.|\[::1\])/.test(host)
  const protocol = first("x-forwarded-proto") ?? (local ? "http" : "https")
  try {
    return new URL(`${protocol}://${host}`).origin
  } catch {
    return "http://localhost:8000"
  }
}
