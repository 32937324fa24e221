import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"
import { backendUrl } from "./src/lib/env"

/**
 * Product images and logos come from Medusa's file module at `${MEDUSA_BACKEND_URL}/static/...`.
 * This file is evaluated again by `next start`, so the pattern follows the backend of the running
 * server. Next 16 refuses to optimise images that resolve to private or loopback addresses
 * (SSRF guard); the backend is one (localhost here, a private network address in docker compose), so
 * `dangerouslyAllowLocalIP` is on, and `remotePatterns` keeps the optimiser to that one origin and
 * its `/static/` folder.
 */
const backend = new URL(backendUrl())

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Metadata in the <head> of every response. By default Next streams it into the <body> after the
  // page for all but the crawlers it lists, and search engines read canonical and hreflang links
  // in the <head> only (link previews outside Next's list too). generateMetadata reads the same
  // cached data as the page, so the head waits little for it.
  htmlLimitedBots: /.*/,
  experimental: {
    // One small stylesheet: inlining it saves a render-blocking request on mobile.
    inlineCss: true,
    // The cooperative portal's forms carry photos and documents (5 MB each at most, see
    // UPLOAD_MAX_BYTES) to its server actions; Next refuses bodies over 1 MB by default.
    serverActions: { bodySizeLimit: "20mb" },
    // The locale proxy buffers request bodies, 10 MB by default: the same limit as above.
    proxyClientMaxBodySize: "20mb",
  },
  images: {
    formats: ["image/avif", "image/webp"],
    remotePatterns: [
      {
        protocol: backend.protocol === "https:" ? "https" : "http",
        hostname: backend.hostname,
        port: backend.port,
        pathname: "/static/**",
      },
    ],
    dangerouslyAllowLocalIP: true,
  },
}

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

export default withNextIntl(nextConfig)
