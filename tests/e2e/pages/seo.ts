import type { Locator, Page } from "@playwright/test"

/** A schema.org object as a page's JSON-LD carries it. */
export type JsonLd = { "@type": string } & Record<string, unknown>

/** What a crawler or a link preview reads in a page's `<head>`. No assertions. */
export class PageHead {
  constructor(readonly page: Page) {}

  canonical(): Locator {
    return this.page.locator('head link[rel="canonical"]')
  }

  alternate(hreflang: string): Locator {
    return this.page.locator(`head link[rel="alternate"][hreflang="${hreflang}"]`)
  }

  alternates(): Locator {
    return this.page.locator('head link[rel="alternate"][hreflang]')
  }

  /** `<meta property="og:…">` or `<meta name="twitter:…">`. */
  meta(key: string): Locator {
    return this.page.locator(`head meta[property="${key}"], head meta[name="${key}"]`)
  }

  /** Every JSON-LD object of the page, parsed as a search engine would. */
  async structuredData(): Promise<JsonLd[]> {
    const texts = await this.page.locator('script[type="application/ld+json"]').allTextContents()
    return texts.flatMap((text) => {
      const data = JSON.parse(text) as JsonLd | JsonLd[]
      return Array.isArray(data) ? data : [data]
    })
  }

  async structuredDataOfType(type: string): Promise<JsonLd[]> {
    return (await this.structuredData()).filter((data) => data["@type"] === type)
  }
}

/** `Disallow`/`Allow` lines of robots.txt's `User-Agent: *` group, and its `Sitemap` lines. */
export function parseRobots(text: string): { allow: string[]; disallow: string[]; sitemaps: string[] } {
  const robots = { allow: [] as string[], disallow: [] as string[], sitemaps: [] as string[] }
  for (const line of text.split("\n")) {
    const [key, ...rest] = line.split(":")
    const value = rest.join(":").trim()
    switch (key.trim().toLowerCase()) {
      case "allow":
        robots.allow.push(value)
        break
      case "disallow":
        robots.disallow.push(value)
        break
      case "sitemap":
        robots.sitemaps.push(value)
        break
    }
  }
  return robots
}

/** Whether a crawler may fetch `path` (RFC 9309: the longest matching rule wins, `Allow` on a tie). */
export function robotsAllow(robots: { allow: string[]; disallow: string[] }, path: string): boolean {
  const matches = (rule: string) =>
    rule !== "" && new RegExp(`^${rule.replace(/[.+?^{}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}`).test(path)
  const longest = (rules: string[]) => Math.max(-1, ...rules.filter(matches).map((rule) => rule.length))
  return longest(robots.allow) >= longest(robots.disallow)
}

/** The `<loc>` of each `<sitemap>` of a sitemap index. */
export function sitemapIndexLocations(xml: string): string[] {
  return [...xml.matchAll(/<sitemap>\s*<loc>([^<]+)<\/loc>/g)].map((match) => match[1])
}

export type SitemapUrl = { loc: string; alternates: Record<string, string> }

/** The `<url>` entries of a sitemap, each with its `xhtml:link` alternates by hreflang. */
export function sitemapUrls(xml: string): SitemapUrl[] {
  return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body]) => ({
    loc: /<loc>([^<]+)<\/loc>/.exec(body)?.[1] ?? "",
    alternates: Object.fromEntries(
      [...body.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((match) => [match[1], match[2]])
    ),
  }))
}
