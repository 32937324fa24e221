import type { MetadataRoute } from "next"
import { publicOrigin } from "@/lib/public-url"
import { robotsRules } from "@/lib/seo"

/** Written per request: the sitemap's address follows `STOREFRONT_URL` at run time, never at build. */
export const dynamic = "force-dynamic"

/**
 * `/robots.txt`: crawlers may read the catalog, the cooperatives and the markets, not the
 * cooperative portal, accounts, checkout, cart or orders (lib/seo.ts), in every language; the
 * sitemap index names every public page.
 */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = await publicOrigin()
  return {
    rules: { userAgent: "*", ...robotsRules() },
    sitemap: `${origin}/sitemap.xml`,
  }
}
