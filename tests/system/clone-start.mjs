#!/usr/bin/env node
// System test: a newcomer's first `npm start` in a clone only its owner can enter (mode 0700, like
// /root or `mktemp -d`). As root, that is where PostgreSQL (which runs as the `postgres` user) could
// not reach its binaries and data. The clone is this checkout's commit plus its uncommitted changes;
// it reuses the installed node_modules (hard links, never written to) and the Turbo cache, so the
// start skips `npm ci` and restores the build that `npm test` just made. Everything else runs as for
// a newcomer: the embedded cluster, migrations, the seed, the organizer, the backend, the storefront.
// The test waits for "Tadamon is running", checks that both answer, stops the start with Ctrl-C
// (SIGINT to its process group) and checks that nothing is left running.
// Ports: SYSTEM_BACKEND_PORT (9400), SYSTEM_STOREFRONT_PORT (8400), SYSTEM_EMBEDDED_PG_PORT (54349).
import { spawn, spawnSync } from "node:child_process"
import { copyFileSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, statSync, utimesSync } from "node:fs"
import { connect } from "node:net"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { ROOT } from "../../scripts/lib/deps.mjs"
import { reachableHomeOf } from "../../scripts/lib/embedded-postgres.mjs"
import { info, problem, step } from "../../scripts/lib/log.mjs"
import { runMain } from "../../scripts/lib/main.mjs"
import { onExit } from "../../scripts/lib/proc.mjs"
import { linkInstalled, processesUnder } from "./private-clone.mjs"

const PORTS = {
  backend: Number(process.env.SYSTEM_BACKEND_PORT ?? 9400),
  storefront: Number(process.env.SYSTEM_STOREFRONT_PORT ?? 8400),
  postgres: Number(process.env.SYSTEM_EMBEDDED_PG_PORT ?? 54349),
}
// A cache miss (a build in the clone) takes minutes on two cores; a cache hit, seconds.
const START_TIMEOUT_MS = 20 * 60 * 1000
const STOP_TIMEOUT_MS = 60 * 1000
const LOG_FILE = join(ROOT, "tests", ".artifacts", "system-start.log")
const asRoot = process.getuid?.() === 0

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

/** Runs `npm start` in its own process group, like a terminal; its output goes to LOG_FILE. */
function npmStart(clone) {
  mkdirSync(dirname(LOG_FILE), { recursive: true })
  const log = createWriteStream(LOG_FILE)
  const child = spawn("npm", ["start"], { cwd: clone, env: newcomerEnv(), detached: true, stdio: ["ignore", "pipe", "pipe"] })
  const start = { child, output: "", exitCode: undefined }
  start.exited = new Promise((resolve) => {
    child.on("error", (error) => resolve((start.exitCode = `could not start: ${error.message}`)))
    child.on("exit", (code, signal) => resolve((start.exitCode = code ?? signal)))
  })
  for (const stream of [child.stdout, child.stderr]) {
    stream.on("data", (chunk) => {
      start.output += chunk.toString()
      log.write(chunk)
    })
  }
  start.exited.then(() => log.end())
  onExit(async () => {
    if (start.exitCode === undefined) {
      signalGroup(child, "SIGTERM")
      await Promise.race([start.exited, new Promise((resolve) => setTimeout(resolve, 30000))])
    }
  })
  return start
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

const lastLines = (text, count = 30) => text.trim().split("\n").slice(-count).join("\n")

/** Resolves when `text` shows in the output; rejects when the start exits or takes too long. */
function waitForOutput(start, text, timeoutMs) {
  const tail = () => lastLines(start.output, 60)
  return new Promise((resolve, reject) => {
    const check = setInterval(() => {
      if (start.output.includes(text)) {
        finish(resolve)
      } else if (start.exitCode !== undefined) {
        finish(() => reject(problem(`npm start ended (${start.exitCode}) before printing "${text}"`, { details: tail() })))
      }
    }, 250)
    const timer = setTimeout(
      () => finish(() => reject(problem(`npm start did not print "${text}" within ${timeoutMs / 60000} min`, { details: tail() }))),
      timeoutMs
    )
    const finish = (then) => {
      clearInterval(check)
      clearTimeout(timer)
      then()
    }
  })
}

async function expectAnswer(url) {
  const response = await fetch(url, { signal: AbortSignal.timeout(30000) })
  if (!response.ok) {
    throw new Error(`${url} answered HTTP ${response.status}`)
  }
}

function portIsOpen(port) {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port })
    socket.once("connect", () => socket.destroy() || resolve(true))
    socket.once("error", () => resolve(false))
  })
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
    const account = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" })
    if (account.status === 0) {
      const entered = spawnSync("/bin/sh", ["-c", 'test -x "$1"', "sh", clone], { uid: Number(account.stdout), cwd: "/" })
      if (entered.status === 0) {
        throw new Error(`the postgres user can enter ${clone}: this test would not test what it is for`)
      }
    }
    info(`as root: the \`postgres\` user ${account.status === 0 ? "cannot enter the clone" : "does not exist yet"}`)
  }

  const start = npmStart(clone)
  await step(
    `npm start in the clone, up to "Tadamon is running" (log: ${LOG_FILE})`,
    () => waitForOutput(start, "Tadamon is running", START_TIMEOUT_MS),
    { hint: `Read npm start's output above (all of it is in ${LOG_FILE}); \`npm start\` in a private clone fails the same way.` }
  )
  await step("The backend and the storefront answer", async () => {
    await expectAnswer(`http://localhost:${PORTS.backend}/health`)
    await expectAnswer(`http://localhost:${PORTS.storefront}/ar`)
    if (asRoot && !start.output.includes(join(reachableHome, "postgres"))) {
      throw new Error(`the start's output does not say that the cluster's data is in ${join(reachableHome, "postgres")}`)
    }
  })

  await step("Ctrl-C stops every process", async () => {
    signalGroup(start.child, "SIGINT")
    const late = new Promise((resolve) => setTimeout(() => resolve(false), STOP_TIMEOUT_MS).unref())
    const stopped = await Promise.race([start.exited.then(() => true), late])
    if (!stopped) {
      throw problem(`npm start was still running ${STOP_TIMEOUT_MS / 1000} s after Ctrl-C`, { details: lastLines(start.output) })
    }
    if (/\n\s+at .+:\d+:\d+\)?\n/.test(start.output)) {
      throw problem("npm start printed a stack trace", { details: lastLines(start.output) })
    }
    const open = []
    for (const [name, port] of Object.entries(PORTS)) {
      if (await portIsOpen(port)) {
        open.push(`${name} (${port})`)
      }
    }
    const left = processesUnder([clone, reachableHome])
    if (open.length || left.length) {
      throw problem(`after Ctrl-C, still listening: ${open.join(", ") || "nothing"}; processes left: ${left.join(", ") || "none"}`, {
        details: lastLines(start.output),
      })
    }
    const dataDir = asRoot ? join(reachableHome, "postgres") : join(clone, ".data", "postgres")
    if (existsSync(join(dataDir, "postmaster.pid"))) {
      throw new Error(`PostgreSQL did not shut down cleanly: ${join(dataDir, "postmaster.pid")} is still there`)
    }
  })
  info(`From the clone to a stopped Tadamon: ${((Date.now() - started) / 1000).toFixed(0)} s (log: ${LOG_FILE})`)
  return 0
}

runMain(main)
