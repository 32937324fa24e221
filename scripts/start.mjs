#!/usr/bin/env node
// `npm start`: everything a fresh machine with only Node.js needs to run Tadamon.
// Installs dependencies, provides PostgreSQL (DATABASE_URL or an embedded server), builds,
// migrates, seeds once, creates the organizer account, starts the backend and the storefront.
import { join } from "node:path"
import { ensureDependencies } from "./lib/deps.mjs"
import { bold, info, problem, step } from "./lib/log.mjs"
import { runMain } from "./lib/main.mjs"
import { providePostgres } from "./lib/postgres.mjs"
import { isShuttingDown } from "./lib/proc.mjs"
import { startLocalStripe } from "./lib/stripe.mjs"
import {
  DATA_DIR,
  backendEnv,
  build,
  ensureOrganizer,
  HINTS,
  localSecrets,
  migrate,
  publishableKey,
  ensureSearchIndex,
  seedOnce,
  startBackend,
  startStorefront,
  storefrontEnv,
} from "./lib/tadamon.mjs"

const BACKEND_PORT = Number(process.env.BACKEND_PORT ?? 9000)
const STOREFRONT_PORT = Number(process.env.STOREFRONT_PORT ?? 8000)
const EMBEDDED_PG_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329)

async function main() {
  await ensureDependencies()

  const { databaseUrl } = await providePostgres({
    dataDir: join(DATA_DIR, "postgres"),
    port: EMBEDDED_PG_PORT,
    portVariable: "EMBEDDED_PG_PORT",
    database: "tadamon",
    // `npm run seed` uses the same cluster.
    whenRunning: () =>
      "`npm start` already runs in this checkout (in another terminal), or `npm run seed` does: use the running start, " +
      "or stop it (Ctrl-C in its terminal; a seed ends by itself), then run `npm start` again.",
  })
  const secrets = await localSecrets()
  const storefrontUrl = `http://localhost:${STOREFRONT_PORT}`
  await step("Building (shared package, backend and Admin, storefront; cached after the first run)", () => build(), { hint: HINTS.build })

  // Cards: real Stripe with STRIPE_API_KEY, STRIPE_WEBHOOK_SECRET and STRIPE_PUBLISHABLE_KEY in the
  // environment (passed through as they are); or TADAMON_LOCAL_STRIPE=1 for the local test double.
  const stripe =
    process.env.TADAMON_LOCAL_STRIPE === "1"
      ? await step("Starting the local Stripe double (test cards only)", () =>
          startLocalStripe({ port: Number(process.env.LOCAL_STRIPE_PORT ?? 12111), backendUrl: `http://localhost:${BACKEND_PORT}` }),
          { hint: "Its port may be taken: choose another with LOCAL_STRIPE_PORT=<port> (12111 by default)." }
        )
      : null
  const env = backendEnv({ databaseUrl, port: BACKEND_PORT, storefrontUrl, secrets, extra: stripe?.backend ?? {} })

  await step("Migrating the database", () => migrate(env), { hint: HINTS.migrate })
  // With card payments configured, the (idempotent) seed runs again so the region offers them.
  const cardsConfigured = !!(env.STRIPE_API_KEY ?? process.env.STRIPE_API_KEY)
  const seeded = await step("Seeding the demo data (first run only)", () => seedOnce(env, databaseUrl, { force: cardsConfigured }), {
    hint: HINTS.seed,
  })
  if (!seeded) {
    info("Demo data already present: kept as it is.")
    await step("Building the search index (when missing)", () => ensureSearchIndex(env, databaseUrl), { hint: HINTS.seed })
  }
  const organizer = await step("Checking the organizer account", () => ensureOrganizer(env, databaseUrl), { hint: HINTS.organizer })

  const backend = await step(`Starting the backend on port ${BACKEND_PORT}`, () => startBackend(env), {
    hint: HINTS.service("backend", "BACKEND_PORT"),
  })
  const storefront = await step(
    `Starting the storefront on port ${STOREFRONT_PORT}`,
    async () => {
      const key = await publishableKey(databaseUrl)
      if (!key) {
        throw problem("The database has no publishable API key titled 'Tadamon storefront'", { hint: HINTS.seed })
      }
      return startStorefront({
        ...storefrontEnv({ backendPort: BACKEND_PORT, port: STOREFRONT_PORT, publishableKey: key, secrets }),
        ...(stripe?.storefront ?? {}),
      })
    },
    { hint: HINTS.service("storefront", "STOREFRONT_PORT") }
  )

  process.stdout.write(`
${bold("Tadamon is running.")}
  Storefront (Arabic first):  ${storefrontUrl}/ar   (also /fr, /en)
  Organizers' Admin:          http://localhost:${BACKEND_PORT}/app
    email:    ${organizer.email}
    password: ${organizer.password ?? "(unchanged: set TADAMON_ORGANIZER_PASSWORD to choose one for a new account)"}
  Store API:                  http://localhost:${BACKEND_PORT}/store
Press Ctrl-C to stop everything.
`)

  const stopped = await Promise.race([backend.exited.then(() => backend), storefront.exited.then(() => storefront)])
  if (!isShuttingDown()) {
    throw problem(`The ${stopped.name} stopped unexpectedly (${stopped.exitStatus})`, {
      step: "Running Tadamon",
      hint: `Read the [${stopped.name}] lines above, then run \`npm start\` again.`,
    })
  }
}

runMain(main)
