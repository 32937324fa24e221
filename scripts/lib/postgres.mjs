// PostgreSQL for Tadamon: the server DATABASE_URL names, or the embedded one with its data in a
// git-ignored folder of the repository (see embedded-postgres.mjs for where it goes as root).
import { relative } from "node:path"
import { ROOT } from "./deps.mjs"
import { startEmbeddedPostgres } from "./embedded-postgres.mjs"
import { info, problem, step } from "./log.mjs"

/**
 * `dataDir` and `port` (moved with `portVariable`) are the embedded cluster's; `purpose` names it;
 * `settings` are server settings for the embedded cluster only (`{ fsync: "off" }`); `whenRunning`
 * says what to do when another command of this checkout already runs it (see startEmbeddedPostgres).
 * With `database`, `databaseUrl` is DATABASE_URL or that database of the embedded cluster (created
 * when missing). `dataDir` is where the embedded cluster's data is (moved as root, see there).
 * @returns {Promise<{ external: boolean, host: string, port: number, user: string, password: string,
 *   database: string | null, databaseUrl?: string, dataDir?: string, url: (database: string) => string,
 *   stop: () => Promise<void> }>}
 */
export async function providePostgres({ dataDir, port, portVariable, purpose = "", database, settings, whenRunning }) {
  const given = process.env.DATABASE_URL
  if (given) {
    let url
    try {
      url = new URL(given)
    } catch {
      throw problem("DATABASE_URL is not a URL", {
        step: "Reading DATABASE_URL",
        hint: "Write it as postgres://user:password@host:5432/database.",
      })
    }
    info(`PostgreSQL: ${url.hostname}:${url.port || 5432} (DATABASE_URL).`)
    return describe({
      external: true,
      // Medusa's test runner insists on SSL unless the host is spelled "localhost".
      host: ["127.0.0.1", "::1"].includes(url.hostname) ? "localhost" : url.hostname,
      port: Number(url.port || 5432),
      user: decodeURIComponent(url.username || "postgres"),
      password: decodeURIComponent(url.password || ""),
      database: url.pathname.slice(1) || null,
      databaseUrl: given,
      stop: async () => undefined,
    })
  }

  return step(`Starting the embedded PostgreSQL${purpose ? ` ${purpose}` : ""} (${relative(ROOT, dataDir)})`, async () => {
    const server = await startEmbeddedPostgres({ dataDir, port, portVariable, settings, whenRunning })
    const postgres = describe({
      external: false,
      dataDir: server.dataDir,
      host: "localhost",
      port,
      user: "postgres",
      password: "postgres",
      database: null,
      stop: server.stop,
    })
    if (!database) {
      return postgres
    }
    await ensureDatabase(postgres, database)
    return { ...postgres, databaseUrl: postgres.url(database) }
  })
}

function describe(server) {
  return {
    ...server,
    url: (database) =>
      `postgres://${encodeURIComponent(server.user)}${server.password ? `:${encodeURIComponent(server.password)}` : ""}@${server.host}:${server.port}/${database}`,
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
