#!/usr/bin/env node
// `npm run seed`: (re)applies the idempotent demo seed to the database `npm start` uses.
// `npm run seed -- --products 50000`: and that many generated products on top, for benchmarks.
import { join } from "node:path"
import { ensureDependencies } from "./lib/deps.mjs"
import { problem, step } from "./lib/log.mjs"
import { runMain } from "./lib/main.mjs"
import { providePostgres } from "./lib/postgres.mjs"
import { DATA_DIR, HINTS, backendEnv, build, localSecrets, migrate, seedOnce } from "./lib/tadamon.mjs"

const USAGE = "Run `npm run seed`, or `npm run seed -- --products <count>` to add <count> generated products (1 to 1000000)."
const MAX_PRODUCTS = 1_000_000

/** `--products <count>` or `--products=<count>`; nothing else. */
function parseArguments(args) {
  let products = 0
  for (let index = 0; index < args.length; index++) {
    const [name, inline] = args[index].split(/=(.*)/s)
    if (name !== "--products") {
      throw problem(`Unknown argument "${args[index]}"`, { step: "Reading the arguments", hint: USAGE })
    }
    const value = inline ?? args[++index]
    if (value === undefined || !/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_PRODUCTS) {
      throw problem(`--products must be a whole number from 1 to ${MAX_PRODUCTS} (got ${value === undefined ? "nothing" : `"${value}"`})`, {
        step: "Reading the arguments",
        hint: USAGE,
      })
    }
    products = Number(value)
  }
  return { products }
}

async function main() {
  const { products } = parseArguments(process.argv.slice(2))
  await ensureDependencies()
  const { databaseUrl } = await providePostgres({
    dataDir: join(DATA_DIR, "postgres"),
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
    portVariable: "EMBEDDED_PG_PORT",
    database: "tadamon",
    // Most likely `npm start`, which keeps this cluster running as long as it runs.
    whenRunning: ({ port }) =>
      "`npm start` runs in this checkout (or another seed does): stop it first (Ctrl-C in its terminal), then run " +
      "`npm run seed` again; or, to seed while it runs, point the seed at the database it serves: " +
      `\`DATABASE_URL=postgres://postgres:postgres@localhost:${port}/tadamon npm run seed\`.`,
  })
  const env = backendEnv({
    databaseUrl,
    port: Number(process.env.BACKEND_PORT ?? 9000),
    storefrontUrl: `http://localhost:${process.env.STOREFRONT_PORT ?? 8000}`,
    secrets: await localSecrets(),
  })
  await step("Building", () => build(), { hint: HINTS.build })
  await step("Migrating", () => migrate(env), { hint: HINTS.migrate })
  await step(
    products ? `Seeding, with ${products} generated products` : "Seeding",
    () => seedOnce(env, databaseUrl, { force: true, products }),
    { hint: HINTS.seed }
  )
}

runMain(main)
