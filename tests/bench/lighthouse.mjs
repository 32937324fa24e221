// Lighthouse mobile runs: Lighthouse 12's default mobile emulation and simulated throttling, in
// Debian's headless Chromium launched by chrome-launcher. Each run scores performance, SEO and
// accessibility: the SEO and accessibility gatherers (axe-core, robots.txt, the page's links and
// meta elements) run after the trace and the network log have stopped, so the performance figures
// are measured exactly as in a performance-only run.
import * as chromeLauncher from "chrome-launcher"
import lighthouse from "lighthouse"
import { computeMedianRun } from "lighthouse/core/lib/median-run.js"
import { median } from "./stats.mjs"

export const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
]

/**
 * One Chromium for every run: Lighthouse clears its cache and the origin's storage before each.
 * chrome-launcher's own Ctrl-C handler would exit before the services stop: the caller kills it.
 */
export function launchChrome(chromePath) {
  return chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: "silent", handleSIGINT: false })
}

/** The categories each run scores; performance decides the median run. */
export const CATEGORIES = ["performance", "seo", "accessibility"]

async function audit(port, url) {
  const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: CATEGORIES })
  const lhr = result?.lhr
  if (!lhr) {
    throw new Error(`Lighthouse returned no result for ${url}`)
  }
  if (lhr.runtimeError) {
    throw new Error(`Lighthouse could not measure ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
  }
  for (const category of CATEGORIES) {
    if (typeof lhr.categories[category]?.score !== "number") {
      throw new Error(`Lighthouse gave ${url} no ${category} score`)
    }
  }
  return lhr
}

const numeric = (lhr, id) => lhr.audits[id]?.numericValue ?? null
const categoryScore = (lhr, category) => Math.round(lhr.categories[category].score * 100)

/**
 * The audits of a category that did not pass (weighted ones only: they are what lowers the score),
 * each with the elements or items it names, so a score below 100 says what to fix.
 */
function failedAudits(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((result) => result && result.scoreDisplayMode === "binary" && result.score !== 1)
    .map((result) => ({
      id: result.id,
      title: result.title,
      items: (result.details?.items ?? [])
        .map((item) => item.node?.selector ?? item.node?.snippet ?? item.source?.url ?? item.url ?? null)
        .filter(Boolean),
    }))
}

/** A backend catalog image, directly or through Next's image optimiser (`/_next/image?url=…/static/…`). */
function isCatalogImage(url) {
  try {
    const parsed = new URL(url)
    const target = parsed.pathname === "/_next/image" ? new URL(parsed.searchParams.get("url") ?? "", parsed) : parsed
    return target.pathname.startsWith("/static/")
  } catch {
    return false
  }
}

const shortUrl = (url) => {
  try {
    const parsed = new URL(url)
    return `${parsed.pathname}${parsed.search}`
  } catch {
    return url
  }
}

/** Product and logo images: requested, loaded (200 with bytes), failed (4xx/5xx or no answer). */
function catalogImages(requests) {
  const images = requests.filter((request) => request.resourceType === "Image" && isCatalogImage(request.url))
  const loaded = images.filter((request) => request.statusCode === 200 && request.transferSize > 0)
  return {
    requested: images.length,
    loaded: loaded.length,
    failed: images.filter((request) => !(request.statusCode >= 200 && request.statusCode < 400)).length,
    bytes: loaded.reduce((total, request) => total + request.transferSize, 0),
    types: [...new Set(loaded.map((request) => request.mimeType).filter(Boolean))],
  }
}

function lcpElement(lhr) {
  const [elementTable, phaseTable] = lhr.audits["largest-contentful-paint-element"]?.details?.items ?? []
  const node = elementTable?.items?.[0]?.node
  return {
    label: node?.nodeLabel ?? null,
    selector: node?.selector ?? null,
    snippet: node?.snippet ?? null,
    isImage: /^<img\b/i.test(node?.snippet ?? ""),
    phases: (phaseTable?.items ?? []).map((item) => ({ phase: String(item.phase), ms: Math.round(item.timing) })),
  }
}

/** The figures of one run (everything the report and the JSON need, no full result). */
function figures(lhr) {
  const requests = lhr.audits["network-requests"]?.details?.items ?? []
  const bytesOf = (type) =>
    requests.filter((request) => request.resourceType === type).reduce((total, request) => total + (request.transferSize ?? 0), 0)
  const scripts = requests
    .filter((request) => request.resourceType === "Script")
    .sort((a, b) => b.transferSize - a.transferSize)
    .map((request) => ({ url: shortUrl(request.url), transferSize: request.transferSize, resourceSize: request.resourceSize }))
  return {
    score: categoryScore(lhr, "performance"),
    seo: categoryScore(lhr, "seo"),
    accessibility: categoryScore(lhr, "accessibility"),
    failedAudits: { seo: failedAudits(lhr, "seo"), accessibility: failedAudits(lhr, "accessibility") },
    lcp: numeric(lhr, "largest-contentful-paint"),
    tbt: numeric(lhr, "total-blocking-time"),
    cls: numeric(lhr, "cumulative-layout-shift"),
    fcp: numeric(lhr, "first-contentful-paint"),
    speedIndex: numeric(lhr, "speed-index"),
    scriptBytes: bytesOf("Script"),
    imageBytes: bytesOf("Image"),
    documentBytes: bytesOf("Document"),
    requests: requests.length,
    scripts,
    images: catalogImages(requests),
    lcpElement: lcpElement(lhr),
    warnings: lhr.runWarnings ?? [],
  }
}

/**
 * Warms the page (one discarded run fills Next's data cache and image optimiser cache for
 * exactly the widths and formats mobile Chromium asks for), then measures `runs` times.
 * @returns {Promise<{ summary: object, medianLhr: object }>}
 */
export async function measurePage(chrome, page, { baseUrl, runs, onRun = () => undefined }) {
  const url = new URL(page.path, baseUrl).href
  const warm = await fetch(url, { signal: AbortSignal.timeout(60000) })
  if (!warm.ok) {
    throw new Error(`${url} answered ${warm.status}`)
  }
  await audit(chrome.port, url)

  const lhrs = []
  for (let index = 0; index < runs; index += 1) {
    const lhr = await audit(chrome.port, url)
    lhrs.push(lhr)
    onRun(index + 1, figures(lhr))
  }
  const all = lhrs.map(figures)
  const medianLhr = computeMedianRun(lhrs)
  const medianIndex = lhrs.indexOf(medianLhr)
  const pick = (key) => median(all.map((run) => run[key]))

  return {
    medianLhr,
    summary: {
      id: page.id,
      label: page.label,
      url,
      medians: {
        score: pick("score"),
        seo: pick("seo"),
        accessibility: pick("accessibility"),
        lcp: pick("lcp"),
        tbt: pick("tbt"),
        cls: pick("cls"),
        fcp: pick("fcp"),
        speedIndex: pick("speedIndex"),
        scriptBytes: pick("scriptBytes"),
        imageBytes: pick("imageBytes"),
      },
      imagesLoadedEveryRun: all.every((run) => run.images.loaded > 0 && run.images.failed === 0),
      lcpIsImageEveryRun: all.every((run) => run.lcpElement.isImage),
      lcpSameEveryRun: new Set(all.map((run) => run.lcpElement.selector)).size === 1,
      medianRun: { index: medianIndex, ...all[medianIndex] },
      runs: all.map(({ scripts, failedAudits: _failed, lcpElement: element, ...rest }) => ({ ...rest, lcpElement: element.label })),
      lighthouse: {
        version: medianLhr.lighthouseVersion,
        userAgent: medianLhr.environment?.hostUserAgent,
        benchmarkIndex: medianLhr.environment?.benchmarkIndex,
        formFactor: medianLhr.configSettings?.formFactor,
        throttlingMethod: medianLhr.configSettings?.throttlingMethod,
      },
    },
  }
}
