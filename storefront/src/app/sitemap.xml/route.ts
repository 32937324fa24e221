import { sitemapIds } from "@/lib/data/sitemap"
import { publicOrigin } from "@/lib/public-url"
import { sitemapFileUrl, sitemapIndexXml } from "@/lib/sitemap"

/** Written per request: the number of files follows the catalog (its cached reads). */
export const dynamic = "force-dynamic"

/**
 * `/sitemap.xml`, the sitemap index robots.txt names: one `<sitemap>` per file of
 * app/sitemaps/sitemap.ts. Next writes the files but no index (`generateSitemaps` only splits).
 */
export async function GET(): Promise<Response> {
  const [origin, ids] = await Promise.all([publicOrigin(), sitemapIds()])
  return new Response(sitemapIndexXml(ids.map((id) => sitemapFileUrl(origin, id))), {
    headers: { "content-type": "application/xml; charset=utf-8" },
  })
}
