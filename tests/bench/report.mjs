// The benchmark's output: tables on stdout, the budget check, raw figures as JSON and the
// median product-page Lighthouse report as HTML. Informational only: nothing here fails a run.
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { generateReport } from "lighthouse"
import { fixed, kB, ratio, table } from "./stats.mjs"

export const BUDGET = {
  productPageScriptBytes: 150_000,
  lighthouseScore: 98,
  seoScore: 100,
  accessibilityScore: 98,
  catalogRouteRatio: 1.1,
}

const write = (text) => process.stdout.write(text)
const heading = (text) => write(`\n${text}\n`)
const ms = (value) => fixed(value, 0)

function imagesCell(page) {
  const { images } = page.medianRun
  const mark = page.imagesLoadedEveryRun ? "✓" : "✗"
  return `${mark} ${images.loaded}/${images.requested} (${kB(images.bytes)} kB)`
}

export function printLighthouse(pages) {
  if (!pages.length) {
    return
  }
  heading(`Lighthouse ${pages[0].lighthouse.version}, mobile (${pages[0].lighthouse.throttlingMethod} throttling), medians of ${pages[0].runs.length} runs`)
  write(
    table([
      ["page", "score", "SEO", "a11y", "LCP ms", "TBT ms", "CLS", "JS kB", "image kB", "catalog images loaded", "LCP element"],
      ...pages.map((page) => [
        page.label,
        fixed(page.medians.score),
        fixed(page.medians.seo),
        fixed(page.medians.accessibility),
        ms(page.medians.lcp),
        ms(page.medians.tbt),
        fixed(page.medians.cls, 3),
        kB(page.medians.scriptBytes),
        kB(page.medians.imageBytes),
        imagesCell(page),
        `${page.medianRun.lcpElement.isImage ? "img" : "text"}${page.lcpSameEveryRun ? "" : " (varies)"}: ${truncate(page.medianRun.lcpElement.label ?? "?", 40)}`,
      ]),
    ])
  )
  write("  score: performance; SEO and a11y: those categories' scores, medians over the same runs.\n")
  write("  JS and image kB: gzipped transfer sizes (1 kB = 1000 B); images: the median run's, ✓ = loaded in every run.\n")
  for (const page of pages) {
    const run = page.medianRun
    write(`\n  ${page.label}  ${page.url}\n`)
    write(`    scores ${page.runs.map((r) => r.score).join(" ")}, LCP ${page.runs.map((r) => ms(r.lcp)).join(" ")} ms\n`)
    write(`    SEO ${page.runs.map((r) => r.seo).join(" ")}, accessibility ${page.runs.map((r) => r.accessibility).join(" ")}\n`)
    for (const [category, audits] of Object.entries(run.failedAudits)) {
      for (const audit of audits) {
        const items = audit.items.length ? `: ${truncate(audit.items.join(", "), 120)}` : ""
        write(`    ${category} audit failed: ${audit.id} (${audit.title})${items}\n`)
      }
    }
    write(`    LCP element: ${truncate(run.lcpElement.snippet ?? "none", 150)}\n`)
    if (run.lcpElement.phases.length) {
      write(`    LCP phases: ${run.lcpElement.phases.map((p) => `${p.phase} ${p.ms} ms`).join(", ")}\n`)
    }
    write(`    images: ${run.images.types.join(", ") || "none"}; ${run.images.failed} failed\n`)
    write(`    scripts: ${run.scripts.length} files, ${kB(run.scriptBytes)} kB gzipped\n`)
    if (page.id === "product") {
      for (const script of run.scripts) {
        write(`      ${kB(script.transferSize).padStart(6)} kB  (${kB(script.resourceSize)} kB raw)  ${truncate(script.url, 90)}\n`)
      }
    }
    for (const warning of new Set(run.warnings)) {
      write(`    warning: ${truncate(String(warning), 160)}\n`)
    }
  }
}

export function printApi(routes, settings) {
  if (!routes.length) {
    return
  }
  heading(
    `Store API, autocannon: ${settings.connections} connections, one route at a time; each ${settings.warmup} s warm-up, ` +
      `then ${settings.duration} s in ${settings.rounds} turns of ${settings.duration / settings.rounds} s`
  )
  const both = (r) => (r ? `${ratio(r.p50)} / ${ratio(r.mean)}` : "–")
  write(
    table([
      ["route", "records", "req/s", "p50 ms", "p97.5 ms", "p99 ms", "mean ms", "÷ stock priced p50/mean", "÷ stock unpriced p50/mean"],
      ...routes.map((route) => [
        route.id,
        route.records,
        fixed(route.requestsPerSecond, 0),
        fixed(route.latency.p50, 0),
        fixed(route.latency.p97_5, 0),
        fixed(route.latency.p99, 0),
        fixed(route.latency.mean, 1),
        both(route.ratios["stock-priced"]),
        both(route.ratios["stock-unpriced"]),
      ]),
    ])
  )
  const width = Math.max(...routes.map((route) => route.id.length))
  for (const route of routes) {
    write(`  ${route.id.padEnd(width)}  GET ${route.path}${route.baseline ? `  (budget: against ${route.baseline})` : ""}\n`)
  }
  write(`  p50 ms per turn, to judge the noise:\n`)
  for (const route of routes) {
    write(`  ${route.id.padEnd(width)}  ${route.roundsP50.map((p50) => fixed(p50)).join(" ")}\n`)
  }
}

/** Each budget line with its figure and verdict; `null` figures were not measured. */
export function budgetLines(pages, routes) {
  const lines = []
  const product = pages.find((page) => page.id === "product")
  lines.push({
    what: "Product page JS, gzipped",
    budget: `≤ ${kB(BUDGET.productPageScriptBytes, 0)} kB`,
    figure: product?.medians.scriptBytes ?? null,
    shown: `${kB(product?.medians.scriptBytes)} kB`,
    within: product ? product.medians.scriptBytes <= BUDGET.productPageScriptBytes : null,
  })
  for (const page of pages) {
    lines.push({
      what: `Lighthouse mobile, ${page.label}`,
      budget: `≥ ${BUDGET.lighthouseScore}`,
      figure: page.medians.score,
      shown: fixed(page.medians.score),
      within: page.medians.score >= BUDGET.lighthouseScore,
    })
  }
  for (const [key, category, minimum] of [
    ["seo", "SEO", BUDGET.seoScore],
    ["accessibility", "accessibility", BUDGET.accessibilityScore],
  ]) {
    for (const page of pages) {
      lines.push({
        what: `Lighthouse ${category}, ${page.label}`,
        budget: minimum === 100 ? "100" : `≥ ${minimum}`,
        figure: page.medians[key],
        shown: fixed(page.medians[key]),
        within: page.medians[key] >= minimum,
      })
    }
  }
  for (const route of routes.filter((candidate) => candidate.ratios.baseline)) {
    const { p50, mean } = route.ratios.baseline
    lines.push({
      what: `${route.id} p50 vs ${route.baseline}`,
      budget: `≤ ${BUDGET.catalogRouteRatio}×`,
      figure: p50,
      shown: `${ratio(p50)} (mean ${ratio(mean)})`,
      within: p50 <= BUDGET.catalogRouteRatio,
    })
  }
  return lines
}

export function printBudget(lines) {
  heading("Budget (informational: the exit code does not depend on it)")
  write(
    table([
      ["", "budget", "measured", ""],
      ...lines.map((line) => [
        line.what,
        line.budget,
        line.within === null ? "not measured" : line.shown,
        line.within === null ? "" : line.within ? "within budget" : "OVER BUDGET",
      ]),
    ])
  )
}

/** Writes `<stamp>.json` and, when given, the median product-page run as `<stamp>-product-lighthouse.html`. */
export function writeResults(dir, stamp, results, productLhr) {
  mkdirSync(dir, { recursive: true })
  const files = [join(dir, `${stamp}.json`)]
  writeFileSync(files[0], `${JSON.stringify(results, null, 2)}\n`)
  if (productLhr) {
    files.push(join(dir, `${stamp}-product-lighthouse.html`))
    writeFileSync(files[1], generateReport(productLhr, "html"))
  }
  return files
}

function truncate(text, length) {
  const flat = text.replace(/\s+/g, " ")
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat
}
