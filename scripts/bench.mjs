#!/usr/bin/env node
// `npm run bench`: figures, never a verdict on speed. On a fresh database `tadamon_bench` it starts
// the built backend and storefront, then measures
//   lighthouse  Lighthouse mobile (5 runs a page) on home, a category, a product, a cooperative and a
//               market edition (tests/bench/fixtures.mjs, benchPages): performance, SEO and accessibility
//   api         Store API latency (autocannon) of Tadamon's catalog and market-edition routes next to stock /store/products
//   checkout    cart completion time: Tadamon's split with 1 and 3 cooperatives next to Medusa's stock
//               completion of a single-cooperative cart (BENCH_CHECKOUT_RUNS, default 15)
//   timing      how long sign-in and the guest order lookup take to refuse an account or order that
//               exists next to one that does not (BENCH_TIMING_RUNS, default 30 of each)
//   faults      (only when asked: `npm run bench -- faults`) SIGKILL of the backend in the middle of
//               BENCH_FAULT_CHECKOUTS (50) concurrent guest checkouts of 1–3 cooperatives, restart,
//               then an audit of orders, groups, payments and reservations (every success the clients
//               saw must exist whole, nothing half-made once every other cart was completed again);
//               then PostgreSQL (embedded: stopped and started; DATABASE_URL: its connections cut)
//               and an own redis-server (BENCH_REDIS_PORT, 6391; the backend then runs with REDIS_URL)
//               taken down for BENCH_FAULT_OUTAGE s (10) under catalog reads and checkouts: errors
//               during the outage, time to the first success after it, success rate for
//               BENCH_FAULT_AFTER s (30) after. BENCH_FAULT_SCENARIOS (kill,postgres,redis) picks
//               some. Code in tests/bench/faults*.mjs, scripts/lib/bench-faults.mjs.
// prints them against the budget, and writes bench-results/<timestamp>.json plus the median
// product-page Lighthouse report. `npm run bench -- api` runs one part. Exits 1 only on errors.
// Ports: BENCH_BACKEND_PORT (9500), BENCH_STOREFRONT_PORT (8500), BENCH_EMBEDDED_PG_PORT (54359);
// catalog: BENCH_PRODUCTS (0) generated products on top of the demo's (`npm run seed -- --products N`);
// load: BENCH_RUNS (5), BENCH_CONNECTIONS (10), BENCH_DURATION (10 s a route, over BENCH_ROUNDS (5)
// turns), BENCH_WARMUP (3 s).
import { cpus, totalmem } from "node:os"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join, relative } from "node:path"
import { catalogRoutes, measureRoutes, withRatios } from "../tests/bench/api.mjs"
import { printCheckout, summarizeCheckout } from "../tests/bench/checkout.mjs"
import { printFaults } from "../tests/bench/faults.mjs"
import { BENCH_RATE_LIMITS, measureTiming, printTiming } from "../tests/bench/timing.mjs"
import { benchPages, discoverFixtures } from "../tests/bench/fixtures.mjs"
import { launchChrome, measurePage } from "../tests/bench/lighthouse.mjs"
import { BUDGET, budgetLines, printApi, printBudget, printLighthouse, writeResults } from "../tests/bench/report.mjs"
import { fixed, kB } from "../tests/bench/stats.mjs"
import { FAULTS, faultsBench } from "./lib/bench-faults.mjs"
import { CHROMIUM_HINT, ensureChromium } from "./lib/chromium.mjs"
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

const PARTS = ["lighthouse", "api", "checkout", "timing", "faults"]
// The fault suite kills and restarts things: it runs only when asked for.
const DEFAULT_PARTS = PARTS.filter((part) => part !== "faults")
const requested = process.argv.slice(2).filter((arg) => PARTS.includes(arg))
const parts = requested.length ? requested : DEFAULT_PARTS
const env = process.env
const BACKEND_PORT = Number(env.BENCH_BACKEND_PORT ?? 9500)
const STOREFRONT_PORT = Number(env.BENCH_STOREFRONT_PORT ?? 8500)
const EMBEDDED_PG_PORT = Number(env.BENCH_EMBEDDED_PG_PORT ?? 54359)
const PG_DATA_DIR = join(DATA_DIR, "postgres-bench")
const RUNS = Number(env.BENCH_RUNS ?? 5)
// A catalog at scale: BENCH_PRODUCTS=50000 adds that many generated products to the demo's (seed-scale.ts).
const BENCH_PRODUCTS = Number(env.BENCH_PRODUCTS ?? 0)
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

/** What to do when a measurement of `part` fails: read the logs, then measure that part again. */
const rerun = (part, { logs = ["backend"], env: settings = "" } = {}) =>
  `Read the lines above and ${logs.map((name) => relative(ROOT, join(LOG_DIR, `${name}.log`))).join(" and ")}, ` +
  `fix what they name, then measure this part again: \`${settings}npm run bench -- ${part}\`.`

/**
 * Runs `fn` (named steps inside); a failure is recorded and reported (the step, the cause, what to
 * do), and the other measurements still run.
 */
async function recorded(fn) {
  try {
    return await fn()
  } catch (error) {
    const [cause, ...details] = error.message.split("\n")
    errors.push({ what: error.step, message: error.message, hint: error.hint ?? null })
    warn(`${error.step ?? "A measurement"} failed: ${[cause, ...details.slice(0, 3)].join("\n")}\n  what to do: ${error.hint ?? rerun(parts.join(" "))}`)
    return null
  }
}

/** Runs one measurement as a named step; see `recorded`. */
function attempt(name, fn, { hint } = {}) {
  return recorded(() => step(name, fn, { hint }))
}

function tail(file, lines = 40) {
  return existsSync(file) ? readFileSync(file, "utf8").split("\n").slice(-lines).join("\n") : ""
}

async function bootstrap(postgres) {
  const databaseUrl = postgres.url(DATABASE)
  const secrets = await localSecrets(join(DATA_DIR, "secrets-bench.json"))
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
  await step(
    BENCH_PRODUCTS ? `Seeding the demo data and ${BENCH_PRODUCTS} generated products` : "Seeding the demo data",
    () => seedOnce(backendEnvironment, databaseUrl, { products: BENCH_PRODUCTS }),
    { hint: HINTS.seed }
  )

  mkdirSync(LOG_DIR, { recursive: true })
  const logs = { backend: join(LOG_DIR, "backend.log"), storefront: join(LOG_DIR, "storefront.log") }
  Object.values(logs).forEach((file) => writeFileSync(file, ""))
  try {
    let backend = await step(`Starting the backend on port ${BACKEND_PORT}`, () => startBackend(backendEnvironment, { logFile: logs.backend }), {
      hint: HINTS.service("backend", "BENCH_BACKEND_PORT"),
    })
    const key = await publishableKey(databaseUrl)
    if (!key) {
      throw problem("The seed left no publishable API key titled 'Tadamon storefront'", { step: "Seeding the demo data", hint: HINTS.seed })
    }
    const system = {
      key,
      backendUrl,
      storefrontUrl,
      logs,
      backendEnvironment,
      databaseUrl,
      backend: () => backend,
      /** Starts the backend again (another environment, another log file); the old one must be gone. */
      async restartBackend({ extra = {}, logName }) {
        await backend.stop()
        const logFile = join(LOG_DIR, `${logName}.log`)
        backend = await startBackend({ ...backendEnvironment, ...extra }, { logFile })
        return backend
      },
    }
    // Only Lighthouse reads the storefront.
    if (!parts.includes("lighthouse")) {
      return system
    }
    await step(
      `Starting the storefront on port ${STOREFRONT_PORT}`,
      () =>
        startStorefront(storefrontEnv({ backendPort: BACKEND_PORT, port: STOREFRONT_PORT, publishableKey: key, secrets }), {
          logFile: logs.storefront,
        }),
      { hint: HINTS.service("storefront", "BENCH_STOREFRONT_PORT") }
    )
    return system
  } catch (error) {
    process.stdout.write(`\n--- backend log (tail) ---\n${tail(logs.backend)}\n--- storefront log (tail) ---\n${tail(logs.storefront)}\n`)
    throw error
  }
}

/** Debian's Chromium (installed as root when missing), started headless for Lighthouse. */
async function startChromium(chromium) {
  const chromePath = await step("Lighthouse: finding Chromium", () => chromium, { hint: CHROMIUM_HINT })
  return step(`Lighthouse: starting Chromium (${chromePath})`, () => launchChrome(chromePath), {
    hint: `See why it does not start: \`${chromePath} --headless=new --no-sandbox --dump-dom about:blank\`. ${CHROMIUM_HINT}`,
  })
}

async function lighthouseBench(chromium, pages, { storefrontUrl }) {
  const chrome = await recorded(() => startChromium(chromium))
  if (!chrome) {
    return []
  }
  onExit(() => chrome.kill())
  const results = []
  try {
    for (const page of pages) {
      const measured = await attempt(
        `Lighthouse: ${page.label} ${page.path} (warm-up, then ${RUNS} runs)`,
        () =>
          measurePage(chrome, page, {
            baseUrl: storefrontUrl,
            runs: RUNS,
            onRun: (index, run) =>
              process.stdout.write(
                dim(
                  `    run ${index}: score ${run.score}, SEO ${run.seo}, a11y ${run.accessibility}, ` +
                    `LCP ${fixed(run.lcp)} ms, TBT ${fixed(run.tbt)} ms, JS ${kB(run.scriptBytes)} kB\n`
                )
              ),
          }),
        { hint: `Check that ${storefrontUrl}${page.path} opens in a browser. ${rerun("lighthouse", { logs: ["storefront", "backend"] })}` }
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
      }),
    { hint: rerun("api") }
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
  }, { hint: rerun("checkout") })
}

async function timingBench(system, fixtures) {
  const runs = Number(env.BENCH_TIMING_RUNS ?? 30)
  return attempt(
    `Timing of refusals: ${runs} sign-ins and ${runs} lookups of each kind`,
    () => measureTiming(system, fixtures, { runs, onStep: (what) => process.stdout.write(dim(`    ${what}\n`)) }),
    { hint: rerun("timing") }
  )
}

async function main() {
  const started = new Date()
  await ensureDependencies()
  const chromium = parts.includes("lighthouse") ? ensureChromium() : Promise.resolve(null)
  chromium.catch(() => undefined)
  const postgres = await providePostgres({
    dataDir: PG_DATA_DIR,
    port: EMBEDDED_PG_PORT,
    portVariable: "BENCH_EMBEDDED_PG_PORT",
    purpose: "for benchmarks",
    whenRunning: ({ pid }) =>
      `Another \`npm run bench\` of this checkout runs its cluster (process ${pid}): let it finish, or stop it ` +
      "(Ctrl-C in its terminal), then run again.",
  })
  await step("Building", () => build(), { hint: HINTS.build })
  const system = await bootstrap(postgres)
  const fixtures = await step("Reading the catalog for fixtures", () => discoverFixtures(system))
  info(
    `product ${fixtures.product.handle} (${fixtures.product.variants} variants, ${fixtures.product.images} images), ` +
      `cooperative ${fixtures.cooperative.handle} (${fixtures.cooperative.products} products), region ${fixtures.regionId}`
  )

  const lighthouse = parts.includes("lighthouse")
    ? await lighthouseBench(chromium, benchPages(fixtures), system)
    : []
  const pages = lighthouse.map((result) => result.summary)
  const routes = parts.includes("api") ? await apiBench(fixtures, system) : []
  const checkout = parts.includes("checkout") ? await checkoutBench(system) : null
  const timing = parts.includes("timing") ? await timingBench(system, fixtures) : null
  const faults = parts.includes("faults")
    ? await faultsBench(system, postgres, fixtures, { attempt, rerun, logDir: LOG_DIR, embeddedPostgres: { dataDir: PG_DATA_DIR, port: EMBEDDED_PG_PORT } })
    : null

  printLighthouse(pages)
  printApi(routes, LOAD)
  printCheckout(checkout)
  printTiming(timing)
  printFaults(faults)
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
      settings: { parts, runs: RUNS, load: LOAD, faults: FAULTS, budget: BUDGET, postgres: postgres.external ? "DATABASE_URL" : "embedded" },
      fixtures,
      lighthouse: pages,
      api: routes,
      checkout,
      timing,
      faults,
      budget,
      errors,
    },
    lighthouse.find((result) => result.summary.id === "product")?.medianLhr
  )
  process.stdout.write(`\n${bold("Results")} (${((Date.now() - started.getTime()) / 1000).toFixed(0)} s in all)\n`)
  files.forEach((file) => process.stdout.write(`  ${file}\n`))
  for (const error of errors) {
    warn(`${error.what}: ${error.message.split("\n")[0]}\n  what to do: ${error.hint ?? rerun(parts.join(" "))}`)
  }
  return errors.length ? 1 : 0
}

runMain(main)
