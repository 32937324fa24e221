#!/usr/bin/env node
// `npm test`: every suite, on a fresh machine with only Node.js.
//   lint         ESLint (type-aware) and tsc --noEmit in every package, through Turbo (cached)
//   unit         shared package and storefront (message catalogs)
//   system       a clone in a private (0700) folder started with `npm start`, then stopped (tests/system)
//   integration  backend HTTP tests (medusaIntegrationTestRunner, its own databases)
//   e2e          Playwright journeys in Chromium against the built backend and storefront
// `npm test -- unit integration` runs a subset. PostgreSQL: DATABASE_URL's server when given,
// otherwise an embedded one; Redis: REDIS_URL when given, otherwise Medusa's in-memory modules.
import { mkdirSync, readFileSync, existsSync } from "node:fs"
import { connect } from "node:net"
import { join } from "node:path"
import { CHROMIUM_HINT, ensureChromium } from "./lib/chromium.mjs"
import { ROOT, ensureDependencies } from "./lib/deps.mjs"
import { bold, info, problem, reportFailure, step } from "./lib/log.mjs"
import { runMain } from "./lib/main.mjs"
import { ensureDatabase } from "./lib/postgres.mjs"
import { run } from "./lib/proc.mjs"
import { startLocalStripe } from "./lib/stripe.mjs"
import { provideTestPostgres } from "./lib/test-postgres.mjs"
import {
  backendEnv,
  build,
  DATA_DIR,
  ensureOrganizer,
  HINTS,
  localSecrets,
  migrate,
  publishableKey,
  seedOnce,
  startBackend,
  startStorefront,
  storefrontEnv,
} from "./lib/tadamon.mjs"

const SUITES = ["lint", "unit", "system", "integration", "e2e"]
const requested = process.argv.slice(2).filter((arg) => SUITES.includes(arg))
const suites = requested.length ? requested : SUITES
// Anything else on the command line goes to Playwright (`npm test -- e2e --grep "stand sheet"`).
const playwrightArgs = process.argv.slice(2).filter((arg) => !SUITES.includes(arg))
const ARTIFACTS = join(ROOT, "tests", ".artifacts")
const BACKEND_PORT = Number(process.env.TEST_BACKEND_PORT ?? 9300)
const STOREFRONT_PORT = Number(process.env.TEST_STOREFRONT_PORT ?? 8300)
const STRIPE_PORT = Number(process.env.TEST_STRIPE_PORT ?? 12311)
const E2E_DATABASE = process.env.TEST_E2E_DATABASE ?? "tadamon_e2e"

const results = []
const TURBO = join(ROOT, "node_modules", ".bin", "turbo")

/**
 * The lint suite's checks, in order; each runs in every package through Turbo (a package whose
 * files did not change answers from Turbo's cache), and every package reports its findings even
 * when another's failed (`--continue`).
 */
const CHECKS = [
  {
    name: "ESLint",
    tasks: ["lint", "lint:scripts"],
    hint: "Fix the findings ESLint printed above (`npm run lint` shows them again; `npx eslint --fix <file>` in the package fixes what it can).",
  },
  {
    name: "Type check (tsc --noEmit)",
    tasks: ["typecheck"],
    hint: "Fix the type errors tsc printed above (`npm run typecheck` shows them again).",
  },
]

/** Whether something accepts TCP connections on host:port (within half a second). */
function answers(host, port) {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 500 })
    const done = (ok) => {
      socket.destroy()
      resolve(ok)
    }
    socket.once("connect", () => done(true))
    socket.once("timeout", () => done(false))
    socket.once("error", () => done(false))
  })
}

async function suite(name, fn) {
  const started = Date.now()
  try {
    await step(`Suite: ${name}`, fn)
    results.push({ name, ok: true, seconds: (Date.now() - started) / 1000 })
  } catch (error) {
    results.push({ name, ok: false, seconds: (Date.now() - started) / 1000 })
    reportFailure(error)
  }
}

function tail(file, lines = 60) {
  if (!existsSync(file)) {
    return ""
  }
  return readFileSync(file, "utf8").split("\n").slice(-lines).join("\n")
}

/**
 * On the tests' own cluster only (never a server DATABASE_URL names): migrates `template1`, the
 * database PostgreSQL copies for every `CREATE DATABASE`. Each backend spec file's throw-away
 * database, and the journeys' database, then start migrated, and Medusa's runner only checks the
 * migrations instead of running them (about 8 s less per spec file).
 */
async function migrateTemplate(postgres) {
  if (!postgres.external) {
    const env = backendEnv({
      databaseUrl: postgres.url("template1"),
      port: BACKEND_PORT,
      storefrontUrl: `http://localhost:${STOREFRONT_PORT}`,
      secrets: await localSecrets(join(DATA_DIR, "secrets-test.json")),
    })
    await step("Migrating the test cluster's template database", () => migrate(env), { hint: HINTS.migrate })
  }
  return postgres
}

async function main() {
  const started = Date.now()
  await ensureDependencies()
  mkdirSync(ARTIFACTS, { recursive: true })

  const chromium = suites.includes("e2e") ? ensureChromium() : Promise.resolve(null)
  chromium.catch(() => undefined)

  if (suites.includes("lint")) {
    // First and on its own: it needs no database and no build beyond what each check depends on.
    await suite("lint", async () => {
      const failed = []
      for (const check of CHECKS) {
        try {
          await step(check.name, () =>
            run(TURBO, ["run", ...check.tasks, "--continue", "--output-logs=errors-only"], { cwd: ROOT, env: { TURBO_TELEMETRY_DISABLED: "1" } })
          )
        } catch (error) {
          failed.push({ check, error })
        }
      }
      if (failed.length) {
        const names = failed.map(({ check }) => check.name)
        throw problem(`${names.join(" and ")} found problems: Turbo names the failing package above, with its findings`, {
          step: `Suite: lint (${names.join(", ")})`,
          hint: failed.map(({ check }) => check.hint).join(" "),
        })
      }
    })
  }
  if (suites.every((name) => name === "lint")) {
    return summary(started)
  }

  await step("Building", () => build(), { hint: HINTS.build })
  // The tests' own cluster, started by the first suite that needs it.
  let testPostgres = null
  const testCluster = () => (testPostgres ??= provideTestPostgres().then(migrateTemplate))

  if (suites.includes("unit")) {
    // The rate limiter's shared-counter test needs a Redis: REDIS_URL, or one answering on the
    // default port (these machines run one); without either it is reported as skipped.
    const redisUrl = process.env.REDIS_URL ?? ((await answers("127.0.0.1", 6379)) ? "redis://127.0.0.1:6379" : undefined)
    await suite("unit", () =>
      run(TURBO, ["run", "test:unit", "--output-logs=full"], {
        cwd: ROOT,
        env: redisUrl ? { TEST_REDIS_URL: redisUrl } : {},
      })
    )
  }

  if (suites.includes("system")) {
    // Its own clone, ports and embedded cluster: it never shares anything with the other suites.
    await suite("system (npm start in a private clone)", () =>
      run(process.execPath, [join(ROOT, "tests", "system", "clone-start.mjs")], { cwd: ROOT })
    )
  }

  if (suites.includes("integration")) {
    await suite("integration (backend HTTP)", async () => {
      const postgres = await testCluster()
      await run("npm", ["run", "test:integration:http", "-w", "@tadamon/backend", "--", "--silent"], {
        cwd: ROOT,
        env: {
          DB_HOST: postgres.host,
          DB_PORT: String(postgres.port),
          DB_USERNAME: postgres.user,
          DB_PASSWORD: postgres.password,
          MEDUSA_FF_TRANSLATION: "true",
          MEDUSA_DISABLE_TELEMETRY: "true",
          LOG_LEVEL: "error",
        },
      })
    })
  }

  if (suites.includes("e2e")) {
    await suite("e2e (Playwright in Chromium)", async () => {
      const chromiumPath = await step("Finding Chromium for Playwright", () => chromium, { hint: CHROMIUM_HINT })
      const postgres = await testCluster()
      await ensureDatabase(postgres, E2E_DATABASE, { fresh: true })
      const databaseUrl = postgres.url(E2E_DATABASE)
      const secrets = await localSecrets(join(DATA_DIR, "secrets-test.json"))
      const storefrontUrl = `http://localhost:${STOREFRONT_PORT}`
      // Card payments go to the local Stripe double (packages/stripe-local), signed webhooks included.
      const stripe = await step("Starting the local Stripe double", () =>
        startLocalStripe({ port: STRIPE_PORT, backendUrl: `http://localhost:${BACKEND_PORT}` })
      )
      const env = backendEnv({
        databaseUrl,
        port: BACKEND_PORT,
        storefrontUrl,
        secrets,
        // Payouts without the 7-day holding period, so the remittance journey pays out the confirmed
        // cash (the hold itself is covered by the backend's settlement specs).
        extra: { LOG_LEVEL: "warn", TADAMON_PAYOUT_HOLD_DAYS: "0", ...stripe.backend },
      })
      await step("Migrating the e2e database", () => migrate(env))
      await step("Seeding the demo data", () => seedOnce(env, databaseUrl))
      const organizer = { email: "organizer@tadamon.test", password: "journey-organizer-password" }
      await step("Creating the organizer account", () => ensureOrganizer(env, databaseUrl, organizer))
      const backendLog = join(ARTIFACTS, "backend.log")
      const storefrontLog = join(ARTIFACTS, "storefront.log")
      try {
        await step("Starting the backend", () => startBackend(env, { logFile: backendLog }))
        const key = await publishableKey(databaseUrl)
        await step("Starting the storefront", () =>
          startStorefront(
            { ...storefrontEnv({ backendPort: BACKEND_PORT, port: STOREFRONT_PORT, publishableKey: key, secrets }), ...stripe.storefront },
            { logFile: storefrontLog }
          )
        )
        await run(join(ROOT, "node_modules", ".bin", "playwright"), ["test", ...playwrightArgs], {
          cwd: join(ROOT, "tests"),
          env: {
            STOREFRONT_URL: storefrontUrl,
            BACKEND_URL: `http://localhost:${BACKEND_PORT}`,
            PUBLISHABLE_KEY: key,
            STRIPE_LOCAL_URL: stripe.url,
            ORGANIZER_EMAIL: organizer.email,
            ORGANIZER_PASSWORD: organizer.password,
            CHROMIUM_PATH: chromiumPath,
          },
        })
      } catch (error) {
        process.stdout.write(`\n--- backend log (tail) ---\n${tail(backendLog)}\n--- storefront log (tail) ---\n${tail(storefrontLog)}\n`)
        throw error
      }
    })
  }

  return summary(started)
}

/** Prints each suite's outcome and time; the exit code is 1 when any failed or none ran. */
function summary(started) {
  const failed = results.filter((result) => !result.ok)
  process.stdout.write(`\n${bold("Test summary")} (${((Date.now() - started) / 1000).toFixed(0)} s in all)\n`)
  for (const result of results) {
    process.stdout.write(`  ${result.ok ? "✓" : "✗"} ${result.name} (${result.seconds.toFixed(1)} s)\n`)
  }
  if (!results.length) {
    info("No suite ran.")
  }
  return failed.length || !results.length ? 1 : 0
}

runMain(main)
