import type { MetadataRoute } from "next"
import { sitemapIds, sitemapPages } from "@/lib/data/sitemap"
import { isBuilding } from "@/lib/env"
import { publicOrigin } from "@/lib/public-url"
import { sitemapEntries } from "@/lib/sitemap"

/** Written per request from the catalog's cached reads (lib/data), never at build. */
export const dynamic = "force-dynamic"

/**
 * `/sitemaps/sitemap/<id>.xml`: the public pages in every language with their hreflang alternates,
 * at most 5,000 addresses a file (lib/sitemap.ts), listed by the index `/sitemap.xml`
 * (app/sitemap.xml/route.ts; a root `app/sitemap.ts` would claim that address, hence this folder).
 * Next asks `generateSitemaps` at build for ids to prerender (none: the build reads no backend) and
 * again on every request, to refuse an id past the catalog's end with a 404.
 */
export async function generateSitemaps(): Promise<{ id: number }[]> {
  if (isBuilding()) {
    return []
  }
  return (await sitemapIds()).map((id) => ({ id }))
}

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const [origin, pages] = await Promise.all([publicOrigin(), sitemapPages(Number(await id))])
  return sitemapEntries(origin, pages)
}
