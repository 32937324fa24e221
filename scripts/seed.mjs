#!/usr/bin/env node
// `npm run seed`: (re)applies the idempotent demo seed to the database `npm start` uses.
import { join } from "node:path"
import { ensureDependencies } from "./lib/deps.mjs"
import { step } from "./lib/log.mjs"
import { runMain } from "./lib/main.mjs"
import { providePostgres } from "./lib/postgres.mjs"
import { DATA_DIR, HINTS, backendEnv, build, localSecrets, migrate, seedOnce } from "./lib/tadamon.mjs"

async function main() {
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
  await step("Seeding", () => seedOnce(env, databaseUrl, { force: true }), { hint: HINTS.seed })
}

runMain(main)
