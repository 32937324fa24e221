// Tadamon's own lifecycle: build, migrate, seed, organizer account, backend and storefront.
// Every command here is the one the Dockerfiles run, against the built backend (.medusa/server).
import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join, relative } from "node:path"
import { ROOT } from "./deps.mjs"
import { problem, step } from "./log.mjs"
import { queryRows } from "./postgres.mjs"
import { run, startService, waitForHttp } from "./proc.mjs"

export const DATA_DIR = join(ROOT, ".data")
export const BACKEND_DIR = join(ROOT, "backend")
export const BUILT_BACKEND_DIR = join(BACKEND_DIR, ".medusa", "server")
export const STOREFRONT_DIR = join(ROOT, "storefront")
const BIN = join(ROOT, "node_modules", ".bin")

export const PUBLISHABLE_KEY_TITLE = "Tadamon storefront"

/** What to do when a step of the lifecycle fails (the cause is printed with it). */
export const HINTS = {
  build: "Fix the error the build printed above (`npm run build` shows it again), then run the command again.",
  migrate:
    "Read the migration's output above. With DATABASE_URL, check that the server answers and its user may create " +
    "tables; then run the command again.",
  seed: "Read the seed's output above, then run `npm run seed` (the seed can run any number of times).",
  organizer: "Read the output above; or choose the account with TADAMON_ORGANIZER_EMAIL and TADAMON_ORGANIZER_PASSWORD.",
  service: (name, portVariable) =>
    `Read the ${name}'s lines above (or its log). If its port is taken, stop what listens there or choose another ` +
    `with ${portVariable}=<port>.`,
}

const QUIET_ENV = {
  MEDUSA_DISABLE_TELEMETRY: "true",
  NEXT_TELEMETRY_DISABLED: "1",
  TURBO_TELEMETRY_DISABLED: "1",
  DO_NOT_TRACK: "1",
}

const SECRET_NAMES = ["jwt", "cookie", "revalidate"]

/**
 * Secrets kept across runs in .data/, generated on first use. A step of its own: a damaged file is
 * reported by name, with what to do.
 */
export function localSecrets(file = join(DATA_DIR, "secrets.json")) {
  return step(`Reading the local secrets (${relative(ROOT, file)})`, () => (existsSync(file) ? readSecrets(file) : writeSecrets(file)))
}

function readSecrets(file) {
  const renew = `Delete it (\`rm ${relative(ROOT, file)}\`) and run the command again: new secrets are generated (whoever is signed in to the Admin or the storefront signs in again).`
  let secrets
  try {
    secrets = JSON.parse(readFileSync(file, "utf8"))
  } catch (error) {
    throw problem(`${file} is damaged: it is not valid JSON (${error.message})`, { hint: renew })
  }
  const missing = SECRET_NAMES.filter((name) => typeof secrets?.[name] !== "string" || !secrets[name])
  if (missing.length) {
    throw problem(`${file} is damaged: it lacks the secret(s) ${missing.join(", ")}`, { hint: renew })
  }
  return secrets
}

function writeSecrets(file) {
  mkdirSync(dirname(file), { recursive: true })
  const secrets = {
    jwt: randomBytes(32).toString("hex"),
    cookie: randomBytes(32).toString("hex"),
    revalidate: randomBytes(16).toString("hex"),
  }
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  return secrets
}

/**
 * A configuration home of the project's own for Medusa's processes, whose telemetry setting is off.
 * MEDUSA_DISABLE_TELEMETRY only stops new events: on exit Medusa still forks a detached sender for
 * whatever its machine-wide outbox holds unless its config store (under XDG_CONFIG_HOME) says
 * telemetry is off, and that sender, with no network, outlives `npm start`'s Ctrl-C.
 */
function medusaConfigHome() {
  const home = join(DATA_DIR, "config")
  const file = join(home, "medusa", "config.json")
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, JSON.stringify({ telemetry: { enabled: false } }, null, 2))
  }
  return home
}

/** The backend's environment: what medusa-config.ts reads. */
export function backendEnv({ databaseUrl, port, storefrontUrl, secrets, redisUrl = process.env.REDIS_URL, extra = {} }) {
  const backendUrl = `http://localhost:${port}`
  return {
    ...QUIET_ENV,
    XDG_CONFIG_HOME: medusaConfigHome(),
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    PORT: String(port),
    MEDUSA_BACKEND_URL: backendUrl,
    STOREFRONT_URL: storefrontUrl,
    STORE_CORS: storefrontUrl,
    ADMIN_CORS: backendUrl,
    AUTH_CORS: `${backendUrl},${storefrontUrl}`,
    JWT_SECRET: secrets.jwt,
    COOKIE_SECRET: secrets.cookie,
    STOREFRONT_REVALIDATE_SECRET: secrets.revalidate,
    // Served over plain http on localhost: session cookies cannot be Secure there.
    COOKIE_SECURE: "false",
    MEDUSA_FF_TRANSLATION: "true",
    // The storefront runs on this machine and passes on each visitor's address: believe it (and
    // only it) so rate limits count visitors rather than the storefront.
    TRUST_PROXY: process.env.TRUST_PROXY ?? "loopback",
    // The built server serves production assets; Medusa's dev-only warnings stay off.
    LOG_LEVEL: process.env.LOG_LEVEL ?? "info",
    ...extra,
  }
}

export function storefrontEnv({ backendPort, port, publishableKey, secrets }) {
  return {
    ...QUIET_ENV,
    NODE_ENV: "production",
    PORT: String(port),
    MEDUSA_BACKEND_URL: `http://localhost:${backendPort}`,
    MEDUSA_PUBLISHABLE_KEY: publishableKey,
    REVALIDATE_SECRET: secrets.revalidate,
    // The public address printed on stand sheets' QR codes (the browser's view of the storefront).
    STOREFRONT_URL: `http://localhost:${port}`,
  }
}

/** Builds the shared package, the backend (with its Admin) and the storefront; Turbo caches. */
export async function build({ quiet = false } = {}) {
  const env = { ...QUIET_ENV, XDG_CONFIG_HOME: medusaConfigHome() }
  const output = await run(join(BIN, "turbo"), ["run", "build", "--output-logs=errors-only"], { cwd: ROOT, env, quiet })
  // The built server's static/ links to backend/static (uploads, git-ignored), which the backend's
  // build creates but a build restored from Turbo's cache does not.
  mkdirSync(join(BACKEND_DIR, "static"), { recursive: true })
  return output
}

const medusa = (args, env, options = {}) =>
  run(join(BIN, "medusa"), args, { cwd: BUILT_BACKEND_DIR, env, quiet: true, ...options })

export function migrate(env) {
  return medusa(["db:migrate"], env)
}

export async function publishableKey(databaseUrl) {
  const rows = await queryRows(
    databaseUrl,
    "SELECT token FROM api_key WHERE type = 'publishable' AND title = $1 AND revoked_at IS NULL AND deleted_at IS NULL ORDER BY created_at LIMIT 1",
    [PUBLISHABLE_KEY_TITLE]
  ).catch(() => [])
  return rows[0]?.token ?? null
}

/**
 * Seeds the demo data unless this database already has it (the seed itself is idempotent); with
 * `products`, adds that many generated products on top (seed-scale.ts), printing its progress.
 */
export async function seedOnce(env, databaseUrl, { force = false, products = 0 } = {}) {
  if (!force && (await publishableKey(databaseUrl))) {
    return false
  }
  await medusa(["exec", "./src/scripts/seed.js"], env)
  if (products) {
    await medusa(["exec", "./src/scripts/seed-scale.js", String(products)], env, { quiet: false })
  }
  return true
}

/**
 * Creates the organizer's Medusa Admin account when missing. Credentials come from
 * TADAMON_ORGANIZER_EMAIL / TADAMON_ORGANIZER_PASSWORD, or are generated once into .data/.
 */
export async function ensureOrganizer(env, databaseUrl, given = {}) {
  const file = join(DATA_DIR, "organizer.json")
  const stored = existsSync(file) && !given.email ? JSON.parse(readFileSync(file, "utf8")) : null
  const email = given.email ?? process.env.TADAMON_ORGANIZER_EMAIL ?? stored?.email ?? "organizer@tadamon.ma"
  const fixedPassword = given.password ?? process.env.TADAMON_ORGANIZER_PASSWORD
  const password = fixedPassword ?? stored?.password ?? randomBytes(9).toString("base64url")

  const existing = await queryRows(databaseUrl, 'SELECT id FROM "user" WHERE email = $1 AND deleted_at IS NULL', [email])
  if (existing.length) {
    return { email, password: fixedPassword ?? (stored?.email === email ? stored.password : null), created: false }
  }
  // `--name=value`: a password may start with a dash (base64url), which the CLI would read as flags.
  await medusa(["user", `--email=${email}`, `--password=${password}`], env)
  if (!fixedPassword) {
    mkdirSync(DATA_DIR, { recursive: true })
    writeFileSync(file, JSON.stringify({ email, password }, null, 2), { mode: 0o600 })
  }
  return { email, password, created: true }
}

export async function startBackend(env, { logFile } = {}) {
  const service = startService("backend", join(BIN, "medusa"), ["start"], { cwd: BUILT_BACKEND_DIR, env, logFile })
  await waitForHttp(`http://localhost:${env.PORT}/health`, { service })
  return service
}

export async function startStorefront(env, { logFile } = {}) {
  // server.mjs: Next.js's handler, appending the visitor's address to X-Forwarded-For.
  const service = startService("storefront", process.execPath, ["server.mjs"], {
    cwd: STOREFRONT_DIR,
    env,
    logFile,
  })
  await waitForHttp(`http://localhost:${env.PORT}/ar`, { service })
  return service
}

/**
 * Builds the search index when the database has products but the index has none (a database
 * seeded before search existed, or restored from a backup); events keep it fresh from then on.
 */
export async function ensureSearchIndex(env, databaseUrl) {
  const [row] = await queryRows(
    databaseUrl,
    "SELECT EXISTS (SELECT 1 FROM product WHERE deleted_at IS NULL) AS products, EXISTS (SELECT 1 FROM search_document) AS indexed"
  ).catch(() => [])
  if (!row?.products || row.indexed) {
    return false
  }
  await medusa(["exec", "./src/scripts/search-reindex.js"], env)
  return true
}
