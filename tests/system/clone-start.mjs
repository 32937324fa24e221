#!/usr/bin/env node
// System test: a newcomer's first `npm start` in a clone only its owner can enter (mode 0700, like
// /root or `mktemp -d`). As root, that is where PostgreSQL (which runs as the `postgres` user) could
// not reach its binaries and data. The clone is this checkout's commit plus its uncommitted changes;
// it reuses the installed node_modules (hard links, never written to) and the Turbo cache, so the
// start skips `npm ci` and restores the build that `npm test` just made. Everything else runs as for
// a newcomer: the embedded cluster, migrations, the seed, the organizer, the backend, the storefront.
// The test waits for "Tadamon is running", checks that both answer, stops the start with Ctrl-C
// (SIGINT to its process group), checks how it ended and that nothing is left running. Then, from
// the same clone, it starts and stops the embedded cluster `npm test` uses when DATABASE_URL names no
// server (tests/system/test-cluster.mjs). As root, it checks that both clusters were moved where the
// `postgres` user can reach them; run as another user, it says that this part is not exercised.
// Ports: SYSTEM_BACKEND_PORT (9400), SYSTEM_STOREFRONT_PORT (8400), SYSTEM_EMBEDDED_PG_PORT (54349,
// for npm start's cluster, then for the test cluster).
import { spawnSync } from "node:child_process"
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  utimesSync,
} from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { pathToFileURL } from "node:url"
import { ROOT } from "../../scripts/lib/deps.mjs"
import { reachableHomeOf } from "../../scripts/lib/embedded-postgres.mjs"
import { info, problem, step, warn } from "../../scripts/lib/log.mjs"
import { runMain } from "../../scripts/lib/main.mjs"
import { queryRows } from "../../scripts/lib/postgres.mjs"
import { onExit } from "../../scripts/lib/proc.mjs"
import { describeEnd, expectNothingLeft, lastLines, launch, stopWithCtrlC, waitForOutput } from "./launch.mjs"
import { linkInstalled, processesUnder, TEST_CLUSTER_READY } from "./private-clone.mjs"

const PORTS = {
  backend: Number(process.env.SYSTEM_BACKEND_PORT ?? 9400),
  storefront: Number(process.env.SYSTEM_STOREFRONT_PORT ?? 8400),
  postgres: Number(process.env.SYSTEM_EMBEDDED_PG_PORT ?? 54349),
}
// A cache miss (a build in the clone) takes minutes on two cores; a cache hit, seconds.
const START_TIMEOUT_MS = 20 * 60 * 1000
// initdb and the first start of the test cluster take a few seconds; a loaded machine, more.
const CLUSTER_TIMEOUT_MS = 60 * 1000
const ARTIFACTS = join(ROOT, "tests", ".artifacts")
const LOG_FILE = join(ARTIFACTS, "system-start.log")
const CLUSTER_LOG_FILE = join(ARTIFACTS, "system-test-cluster.log")
const asRoot = process.getuid?.() === 0
const NOT_ROOT = "not root: the postgres-user relocation is not exercised; run as root to cover it"
// What scripts/lib/proc.mjs exits with after Ctrl-C: 128 + SIGINT's number, as a shell reports it.
const CTRL_C_EXIT_CODE = 130

function git(args, cwd = ROOT) {
  const result = spawnSync("git", args, { cwd, encoding: "utf8", maxBuffer: 64 * 2 ** 20 })
  if (result.status !== 0) {
    throw new Error(`git ${args.join(" ")} failed: ${result.stderr.trim()}`)
  }
  return result.stdout
}

/** Clones this checkout's commit, then applies its uncommitted changes (what `npm test` tests). */
function cloneWithChanges(clone) {
  const head = git(["rev-parse", "HEAD"]).trim()
  git(["clone", "--quiet", "--no-checkout", ROOT, clone])
  git(["checkout", "--quiet", "--detach", head], clone)
  const changed = [
    ...git(["diff", "--name-only", "--no-renames", "-z", head]).split("\0"),
    ...git(["ls-files", "--others", "--exclude-standard", "-z"]).split("\0"),
  ].filter(Boolean)
  for (const file of changed) {
    const target = join(clone, file)
    if (existsSync(join(ROOT, file))) {
      mkdirSync(dirname(target), { recursive: true })
      copyFileSync(join(ROOT, file), target)
    } else {
      rmSync(target, { force: true })
    }
  }
  return { head, changed: changed.length }
}

/** The environment of a newcomer's shell: no database, Redis or Stripe settings, no npm context. */
function newcomerEnv() {
  const settings = /^(npm_|INIT_CWD$|DATABASE_URL$|REDIS_URL$|STRIPE_|TADAMON_|BACKEND_PORT$|STOREFRONT_PORT$|EMBEDDED_PG_PORT$)/i
  return {
    ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !settings.test(name))),
    BACKEND_PORT: String(PORTS.backend),
    STOREFRONT_PORT: String(PORTS.storefront),
    EMBEDDED_PG_PORT: String(PORTS.postgres),
  }
}

/**
 * `npm start` in the clone. After Ctrl-C npm itself always ends by SIGINT, so the exit code of its
 * script (scripts/start.mjs) is recorded in `exitCodeFile` by a module preloaded into its node
 * processes (exit-code.mjs; the others ignore it).
 */
function npmStart(clone, exitCodeFile) {
  const env = newcomerEnv()
  const preload = `--import=${pathToFileURL(join(ROOT, "tests", "system", "exit-code.mjs")).href}`
  return launch("npm start", "npm", ["start"], {
    cwd: clone,
    env: {
      ...env,
      NODE_OPTIONS: [env.NODE_OPTIONS, preload].filter(Boolean).join(" "),
      SYSTEM_TEST_EXIT_SCRIPT: join(clone, "scripts", "start.mjs"),
      SYSTEM_TEST_EXIT_FILE: exitCodeFile,
    },
    logFile: LOG_FILE,
  })
}

async function expectAnswer(url) {
  const response = await fetch(url, { signal: AbortSignal.timeout(30000) })
  if (!response.ok) {
    throw new Error(`${url} answered HTTP ${response.status}`)
  }
}

async function main() {
  const started = Date.now()
  // Hard links need the clone on node_modules' file system: the system's temporary folder when it is
  // there, otherwise the checkout's git-ignored .data folder.
  const base = statSync(tmpdir()).dev === statSync(ROOT).dev ? tmpdir() : join(ROOT, ".data")
  mkdirSync(base, { recursive: true })
  const privateDir = realpathSync(mkdtempSync(join(base, "tadamon-system-")))
  const clone = join(privateDir, "tadamon")
  const reachableHome = reachableHomeOf(clone)
  onExit(() => {
    for (const pid of processesUnder([clone, reachableHome])) {
      try {
        process.kill(pid, "SIGKILL")
      } catch {
        // gone meanwhile
      }
    }
    // `rm -rf` removes the clone's 130,000 links several times faster than Node 20's rmSync.
    for (const folder of [privateDir, reachableHome]) {
      if (spawnSync("rm", ["-rf", folder]).status !== 0) {
        rmSync(folder, { recursive: true, force: true })
      }
    }
  })

  await step(`Cloning into a folder only its owner can enter (${privateDir})`, async () => {
    const mode = statSync(privateDir).mode & 0o777
    if (mode !== 0o700) {
      throw new Error(`${privateDir} has mode ${mode.toString(8)}, not 700`)
    }
    const { head, changed } = cloneWithChanges(clone)
    info(`commit ${head.slice(0, 10)} and ${changed} uncommitted file(s) of this checkout`)
  })
  await step("Linking the installed node_modules and the Turbo cache into the clone", async () => {
    const files = linkInstalled(ROOT, clone)
    // The clone's lockfile is as old as this checkout's: its install is as fresh as this one.
    const lock = statSync(join(ROOT, "package-lock.json"))
    utimesSync(join(clone, "package-lock.json"), lock.atime, lock.mtime)
    info(`${files} files linked`)
  })
  if (asRoot) {
    // What the test is for: the user PostgreSQL runs as cannot enter the clone.
    const entered = postgresCanEnter(clone)
    if (entered) {
      throw new Error(`the postgres user can enter ${clone}: this test would not test what it is for`)
    }
    info(`as root: the \`postgres\` user ${entered === false ? "cannot enter the clone" : "does not exist yet"}`)
  } else {
    warn(NOT_ROOT)
  }

  const exitCodeFile = join(privateDir, "start-exit-code")
  const start = npmStart(clone, exitCodeFile)
  await step(
    `npm start in the clone, up to "Tadamon is running" (log: ${LOG_FILE})`,
    () => waitForOutput(start, "Tadamon is running", START_TIMEOUT_MS),
    { hint: `Read npm start's output above (all of it is in ${LOG_FILE}); \`npm start\` in a private clone fails the same way.` }
  )
  await step("The backend and the storefront answer", async () => {
    await expectAnswer(`http://localhost:${PORTS.backend}/health`)
    await expectAnswer(`http://localhost:${PORTS.storefront}/ar`)
  })
  if (asRoot) {
    await step("As root, the cluster was moved where the `postgres` user can reach it", () =>
      expectRelocated({ output: start.output, clone, moved: join(reachableHome, "postgres"), left: join(clone, ".data", "postgres") })
    )
  }

  await step("Ctrl-C stops every process", async () => {
    await stopWithCtrlC(start)
    // npm sends itself the signal its script's shell died of; a shell then reports 130.
    if (start.ended.signal !== "SIGINT") {
      throw problem(`after Ctrl-C, npm start ended with ${describeEnd(start.ended)}, not by SIGINT`, { details: lastLines(start.output) })
    }
    const scriptCode = existsSync(exitCodeFile) ? readFileSync(exitCodeFile, "utf8").trim() : null
    if (scriptCode !== String(CTRL_C_EXIT_CODE)) {
      throw problem(
        scriptCode === null
          ? "after Ctrl-C, scripts/start.mjs did not exit by itself (it recorded no exit code): it was killed"
          : `after Ctrl-C, scripts/start.mjs exited with code ${scriptCode}, not ${CTRL_C_EXIT_CODE}`,
        { details: lastLines(start.output) }
      )
    }
    if (/\n\s+at .+:\d+:\d+\)?\n/.test(start.output)) {
      throw problem("npm start printed a stack trace", { details: lastLines(start.output) })
    }
    await expectNothingLeft(start, Object.entries(PORTS), [clone, reachableHome])
    const dataDir = asRoot ? join(reachableHome, "postgres") : join(clone, ".data", "postgres")
    if (existsSync(join(dataDir, "postmaster.pid"))) {
      throw new Error(`PostgreSQL did not shut down cleanly: ${join(dataDir, "postmaster.pid")} is still there`)
    }
  }, { hint: `Read npm start's last lines above (all of them are in ${LOG_FILE}); Ctrl-C is handled in scripts/lib/proc.mjs (shutdown).` })

  await step(
    `npm test's own embedded cluster (no DATABASE_URL) starts from the clone, answers and stops (log: ${CLUSTER_LOG_FILE})`,
    () => testClusterRoundTrip({ clone, reachableHome }),
    { hint: `Read its output above (all of it is in ${CLUSTER_LOG_FILE}); \`npm test\` in a private clone fails the same way.` }
  )

  info(`From the clone to a stopped Tadamon and test cluster: ${((Date.now() - started) / 1000).toFixed(0)} s (log: ${LOG_FILE})`)
  if (!asRoot) {
    warn(NOT_ROOT)
  }
  return 0
}

/**
 * Whether the `postgres` user can enter `path` (each parent folder included); null when that user
 * does not exist.
 */
function postgresCanEnter(path) {
  const account = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" })
  if (account.status !== 0) {
    return null
  }
  return spawnSync("/bin/sh", ["-c", 'test -x "$1"', "sh", path], { uid: Number(account.stdout), cwd: "/" }).status === 0
}

/**
 * As root: the `postgres` user (which the start creates when missing) cannot enter the clone, the
 * cluster's data is in `moved` and the command said so, and the clone holds no cluster (`left`).
 */
function expectRelocated({ output, clone, moved, left }) {
  if (postgresCanEnter(clone) !== false) {
    throw new Error(`the postgres user ${postgresCanEnter(clone) === null ? "does not exist" : `can enter ${clone}`}`)
  }
  if (!output.includes(moved)) {
    throw new Error(`the output does not say that the cluster's data is in ${moved}`)
  }
  if (!existsSync(join(moved, "PG_VERSION"))) {
    throw new Error(`${moved} holds no PostgreSQL cluster (PG_VERSION is missing)`)
  }
  if (existsSync(join(left, "PG_VERSION"))) {
    throw new Error(`${left} holds a cluster too: the data should be only in ${moved}`)
  }
}

/**
 * Starts the cluster `npm test` uses (test-cluster.mjs, in the clone, as a newcomer's shell: no
 * DATABASE_URL) on the port npm start's cluster had, connects to it as the backend's specs do, checks
 * where its data is and that it runs with the tests' settings, then stops it with Ctrl-C.
 */
async function testClusterRoundTrip({ clone, reachableHome }) {
  const port = PORTS.postgres
  const cluster = launch("the test cluster", process.execPath, [join(clone, "tests", "system", "test-cluster.mjs")], {
    cwd: clone,
    env: { ...newcomerEnv(), TEST_EMBEDDED_PG_PORT: String(port) },
    logFile: CLUSTER_LOG_FILE,
  })
  await waitForOutput(cluster, TEST_CLUSTER_READY, CLUSTER_TIMEOUT_MS)
  const line = cluster.output.split("\n").find((text) => text.startsWith(TEST_CLUSTER_READY))
  const described = JSON.parse(line.slice(TEST_CLUSTER_READY.length))
  const dataDir = asRoot ? join(reachableHome, "postgres-test") : join(clone, ".data", "postgres-test")
  if (described.external || described.port !== port || described.dataDir !== dataDir) {
    throw problem(`the test cluster is not the embedded one expected on port ${port} with its data in ${dataDir}: ${line}`, {
      details: lastLines(cluster.output),
    })
  }
  const url = `postgres://${described.user}:${described.password}@${described.host}:${port}/postgres`
  const [settings] = await queryRows(url, "SELECT current_setting('data_directory') AS data_directory, current_setting('fsync') AS fsync")
  if (settings.data_directory !== dataDir || settings.fsync !== "off") {
    throw new Error(`the server on port ${port} has its data in ${settings.data_directory} (fsync ${settings.fsync}), not in ${dataDir} (fsync off)`)
  }
  if (asRoot) {
    expectRelocated({ output: cluster.output, clone, moved: dataDir, left: join(clone, ".data", "postgres-test") })
  }
  info(`the test cluster answered on port ${port}, its data in ${dataDir}`)

  await stopWithCtrlC(cluster)
  if (cluster.ended.code !== CTRL_C_EXIT_CODE) {
    throw problem(`after Ctrl-C, the test cluster's script ended with ${describeEnd(cluster.ended)}, not exit code ${CTRL_C_EXIT_CODE}`, {
      details: lastLines(cluster.output),
    })
  }
  await expectNothingLeft(cluster, [["test cluster", port]], [clone, reachableHome])
  if (existsSync(join(dataDir, "postmaster.pid"))) {
    throw new Error(`the test cluster did not shut down cleanly: ${join(dataDir, "postmaster.pid")} is still there`)
  }
}

runMain(main)
