#!/usr/bin/env node
// `npm run seed`: (re)applies the idempotent demo seed to the database `npm start` uses.
import { join } from "node:path"
import { ensureDependencies } from "./lib/deps.mjs"
import { step } from "./lib/log.mjs"
import { ensureDatabase, providePostgres } from "./lib/postgres.mjs"
import { shutdown } from "./lib/proc.mjs"
import { DATA_DIR, backendEnv, build, localSecrets, migrate, seedOnce } from "./lib/tadamon.mjs"

async function main() {
  await ensureDependencies()
  const postgres = await providePostgres({ dataDir: join(DATA_DIR, "postgres"), port: Number(process.env.EMBEDDED_PG_PORT ?? 54329) })
  const database = postgres.database ?? "tadamon"
  if (!postgres.external) {
    await ensureDatabase(postgres, database)
  }
  const databaseUrl = process.env.DATABASE_URL ?? postgres.url(database)
  const env = backendEnv({
    databaseUrl,
    port: Number(process.env.BACKEND_PORT ?? 9000),
    storefrontUrl: `http://localhost:${process.env.STOREFRONT_PORT ?? 8000}`,
    secrets: localSecrets(),
  })
  await step("Building", () => build())
  await step("Migrating", () => migrate(env))
  await step("Seeding", () => seedOnce(env, databaseUrl, { force: true }))
  await shutdown(0)
}

main().catch(async (error) => {
  process.stderr.write(`\n${error.stack ?? error.message}\n`)
  await shutdown(1)
})
