#!/usr/bin/env node
// `npm run bench`: figures, never a verdict on speed. On a fresh database `tadamon_bench` it starts
// the built backend and storefront, then measures
//   lighthouse  Lighthouse mobile (5 runs a page) on home, a category, a product and a cooperative
//   api         Store API latency (autocannon) of Tadamon's catalog and market-edition routes next to stock /store/products
//   checkout    cart completion time: Tadamon's split with 1 and 3 cooperatives next to Medusa's stock
//               completion of a single-cooperative cart (BENCH_CHECKOUT_RUNS, default 15)
//   timing      how long sign-in and the guest order lookup take to refuse an account or order that
//               exists next to one that does not (BENCH_TIMING_RUNS, default 30 of each)
// prints them against the budget, and writes bench-results/<timestamp>.json plus the median
// product-page Lighthouse report. `npm run bench -- api` runs one part. Exits 1 only on errors.
// Ports: BENCH_BACKEND_PORT (9500), BENCH_STOREFRONT_PORT (8500), BENCH_EMBEDDED_PG_PORT (54359);
// load: BENCH_RUNS (5), BENCH_CONNECTIONS (10), BENCH_DURATION (10 s a route, over BENCH_ROUNDS (5)
// turns), BENCH_WARMUP (3 s).
import { cpus, totalmem } from "node:os"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { catalogRoutes, measureRoutes, withRatios } from "../tests/bench/api.mjs"
import { printCheckout, summarizeCheckout } from "../tests/bench/checkout.mjs"
import { BENCH_RATE_LIMITS, measureTiming, printTiming } from "../tests/bench/timing.mjs"
import { benchPages, discoverFixtures } from "../tests/bench/fixtures.mjs"
import { launchChrome, measurePage } from "../tests/bench/lighthouse.mjs"
import { BUDGET, budgetLines, printApi, printBudget, printLighthouse, writeResults } from "../tests/bench/report.mjs"
import { fixed, kB } from "../tests/bench/stats.mjs"
import { ensureChromium } from "./lib/chromium.mjs"
import { ROOT, ensureDependencies } from "./lib/deps.mjs"
import { bold, dim, info, problem, step, warn } from "./lib/log.mjs"
import { ensureDatabase, providePostgres } from "./lib/postgres.mjs"
import { runMain } from "./lib/main.mjs"
import { onExit, run } from "./lib/proc.mjs"
import {
  backendEnv,
  BUILT_BACKEND_DIR,
  build,
  DATA_DIR,
  HINTS,
  localSecrets,
  migrate,
  publishableKey,
  seedOnce,
  startBackend,
  startStorefront,
  storefrontEnv,
} from "./lib/tadamon.mjs"

const PARTS = ["lighthouse", "api", "checkout", "timing"]
const requested = process.argv.slice(2).filter((arg) => PARTS.includes(arg))
const parts = requested.length ? requested : PARTS
const env = process.env
const BACKEND_PORT = Number(env.BENCH_BACKEND_PORT ?? 9500)
const STOREFRONT_PORT = Number(env.BENCH_STOREFRONT_PORT ?? 8500)
const EMBEDDED_PG_PORT = Number(env.BENCH_EMBEDDED_PG_PORT ?? 54359)
const RUNS = Number(env.BENCH_RUNS ?? 5)
const LOAD = {
  connections: Number(env.BENCH_CONNECTIONS ?? 10),
  duration: Number(env.BENCH_DURATION ?? 10),
  warmup: Number(env.BENCH_WARMUP ?? 3),
  rounds: Number(env.BENCH_ROUNDS ?? 5),
}
const DATABASE = "tadamon_bench"
const RESULTS_DIR = join(ROOT, "bench-results")
const LOG_DIR = join(RESULTS_DIR, "logs")

const errors = []

/** Runs one measurement; an error is recorded and reported, and the others still run. */
async function attempt(name, fn) {
  try {
    return await step(name, fn)
  } catch (error) {
    errors.push({ what: name, message: error.message })
    warn(error.message.split("\n").slice(0, 4).join("\n"))
    return null
  }
}

function tail(file, lines = 40) {
  return existsSync(file) ? readFileSync(file, "utf8").split("\n").slice(-lines).join("\n") : ""
}

async function bootstrap(postgres) {
  const databaseUrl = postgres.url(DATABASE)
  const secrets = localSecrets(join(DATA_DIR, "secrets-bench.json"))
  const storefrontUrl = `http://localhost:${STOREFRONT_PORT}`
  const backendUrl = `http://localhost:${BACKEND_PORT}`
  const backendEnvironment = backendEnv({
    databaseUrl,
    port: BACKEND_PORT,
    storefrontUrl,
    secrets,
    extra: { LOG_LEVEL: "warn", TADAMON_RATE_LIMITS: BENCH_RATE_LIMITS },
  })
  await step(
    `Creating and migrating the bench database (${DATABASE})`,
    async () => {
      await ensureDatabase(postgres, DATABASE, { fresh: true })
      await migrate(backendEnvironment)
    },
    { hint: HINTS.migrate }
  )
  await step("Seeding the demo data", () => seedOnce(backendEnvironment, databaseUrl), { hint: HINTS.seed })

  mkdirSync(LOG_DIR, { recursive: true })
  const logs = { backend: join(LOG_DIR, "backend.log"), storefront: join(LOG_DIR, "storefront.log") }
  Object.values(logs).forEach((file) => writeFileSync(file, ""))
  try {
    await step(`Starting the backend on port ${BACKEND_PORT}`, () => startBackend(backendEnvironment, { logFile: logs.backend }), {
      hint: HINTS.service("backend", "BENCH_BACKEND_PORT"),
    })
    const key = await publishableKey(databaseUrl)
    if (!key) {
      throw problem("The seed left no publishable API key titled 'Tadamon storefront'", { step: "Seeding the demo data", hint: HINTS.seed })
    }
    await step(
      `Starting the storefront on port ${STOREFRONT_PORT}`,
      () =>
        startStorefront(storefrontEnv({ backendPort: BACKEND_PORT, port: STOREFRONT_PORT, publishableKey: key, secrets }), {
          logFile: logs.storefront,
        }),
      { hint: HINTS.service("storefront", "BENCH_STOREFRONT_PORT") }
    )
    return { key, backendUrl, storefrontUrl, logs, backendEnvironment }
  } catch (error) {
    process.stdout.write(`\n--- backend log (tail) ---\n${tail(logs.backend)}\n--- storefront log (tail) ---\n${tail(logs.storefront)}\n`)
    throw error
  }
}

async function lighthouseBench(chromePath, pages, storefrontUrl) {
  const chrome = await launchChrome(chromePath)
  onExit(() => chrome.kill())
  const results = []
  try {
    for (const page of pages) {
      const measured = await attempt(`Lighthouse: ${page.label} ${page.path} (warm-up, then ${RUNS} runs)`, () =>
        measurePage(chrome, page, {
          baseUrl: storefrontUrl,
          runs: RUNS,
          onRun: (index, run) =>
            process.stdout.write(
              dim(`    run ${index}: score ${run.score}, LCP ${fixed(run.lcp)} ms, TBT ${fixed(run.tbt)} ms, JS ${kB(run.scriptBytes)} kB\n`)
            ),
        })
      )
      if (measured) {
        results.push(measured)
      }
    }
  } finally {
    await chrome.kill()
  }
  return results
}

async function apiBench(fixtures, { backendUrl, key }) {
  const routes = catalogRoutes(fixtures)
  const results = await attempt(
    `autocannon: ${routes.length} routes, ${LOAD.warmup} s warm-up each, then ${LOAD.rounds} rounds of ${LOAD.duration / LOAD.rounds} s`,
    () =>
      measureRoutes(routes, {
        backendUrl,
        key,
        ...LOAD,
        onStep: (what) => process.stdout.write(dim(`    ${what}\n`)),
      })
  )
  return withRatios(results ?? [])
}

async function checkoutBench(system) {
  const runs = Number(env.BENCH_CHECKOUT_RUNS ?? 15)
  return attempt(`Checkout: ${runs} completions per case (after one warm-up each)`, async () => {
    const output = await run(join(ROOT, "node_modules", ".bin", "medusa"), ["exec", "./src/scripts/bench-checkout.js", String(runs)], {
      cwd: BUILT_BACKEND_DIR,
      env: { ...system.backendEnvironment, LOG_LEVEL: "error" },
      quiet: true,
    })
    return summarizeCheckout(output)
  })
}

async function timingBench(system, fixtures) {
  const runs = Number(env.BENCH_TIMING_RUNS ?? 30)
  return attempt(`Timing of refusals: ${runs} sign-ins and ${runs} lookups of each kind`, () =>
    measureTiming(system, fixtures, { runs, onStep: (what) => process.stdout.write(dim(`    ${what}\n`)) })
  )
}

async function main() {
  const started = new Date()
  await ensureDependencies()
  const chromium = parts.includes("lighthouse") ? ensureChromium() : Promise.resolve(null)
  chromium.catch(() => undefined)
  const postgres = await providePostgres({
    dataDir: join(DATA_DIR, "postgres-bench"),
    port: EMBEDDED_PG_PORT,
    portVariable: "BENCH_EMBEDDED_PG_PORT",
    purpose: "for benchmarks",
  })
  await step("Building", () => build(), { hint: HINTS.build })
  const system = await bootstrap(postgres)
  const fixtures = await step("Reading the catalog for fixtures", () => discoverFixtures(system))
  info(
    `product ${fixtures.product.handle} (${fixtures.product.variants} variants, ${fixtures.product.images} images), ` +
      `cooperative ${fixtures.cooperative.handle} (${fixtures.cooperative.products} products), region ${fixtures.regionId}`
  )

  const lighthouse = parts.includes("lighthouse")
    ? await lighthouseBench(await chromium, benchPages(fixtures), system.storefrontUrl)
    : []
  const pages = lighthouse.map((result) => result.summary)
  const routes = parts.includes("api") ? await apiBench(fixtures, system) : []
  const checkout = parts.includes("checkout") ? await checkoutBench(system) : null
  const timing = parts.includes("timing") ? await timingBench(system, fixtures) : null

  printLighthouse(pages)
  printApi(routes, LOAD)
  printCheckout(checkout)
  printTiming(timing)
  const budget = budgetLines(pages, routes)
  printBudget(budget)

  const stamp = started.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/:/g, "-")
  const commit = await run("git", ["rev-parse", "HEAD"], { cwd: ROOT, quiet: true }).catch(() => "")
  const files = writeResults(
    RESULTS_DIR,
    stamp,
    {
      startedAt: started.toISOString(),
      seconds: Math.round((Date.now() - started.getTime()) / 1000),
      commit: commit.trim() || null,
      machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30) },
      settings: { parts, runs: RUNS, load: LOAD, budget: BUDGET, postgres: postgres.external ? "DATABASE_URL" : "embedded" },
      fixtures,
      lighthouse: pages,
      api: routes,
      checkout,
      timing,
      budget,
      errors,
    },
    lighthouse.find((result) => result.summary.id === "product")?.medianLhr
  )
  process.stdout.write(`\n${bold("Results")} (${((Date.now() - started.getTime()) / 1000).toFixed(0)} s in all)\n`)
  files.forEach((file) => process.stdout.write(`  ${file}\n`))
  for (const error of errors) {
    warn(`${error.what}: ${error.message.split("\n")[0]}`)
  }
  return errors.length ? 1 : 0
}

runMain(main)
