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
  })
  const env = backendEnv({
    databaseUrl,
    port: Number(process.env.BACKEND_PORT ?? 9000),
    storefrontUrl: `http://localhost:${process.env.STOREFRONT_PORT ?? 8000}`,
    secrets: localSecrets(),
  })
  await step("Building", () => build(), { hint: HINTS.build })
  await step("Migrating", () => migrate(env), { hint: HINTS.migrate })
  await step("Seeding", () => seedOnce(env, databaseUrl, { force: true }), { hint: HINTS.seed })
}

runMain(main)
