// Child processes: one-shot commands and long-running services in their own process groups,
// all stopped on exit or Ctrl-C. Node built-ins only.
import { spawn } from "node:child_process"
import { createWriteStream } from "node:fs"
import { basename } from "node:path"

const services = new Set()
const cleanups = []
let exiting = false

/** Registers work to do when the script stops (after services are stopped). */
export function onExit(fn) {
  cleanups.push(fn)
}

/** True once Ctrl-C (or a fatal error) started stopping everything. */
export function isShuttingDown() {
  return exiting
}

export async function shutdown(code = 0) {
  if (exiting) {
    return
  }
  exiting = true
  await Promise.allSettled([...services].map((service) => service.stop()))
  for (const fn of cleanups.reverse()) {
    await Promise.resolve()
      .then(fn)
      .catch(() => undefined)
  }
  process.exit(code)
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    process.stdout.write(`\n${signal === "SIGINT" ? "Stopping" : `${signal}: stopping`} every process…\n`)
    void shutdown(130)
  })
}

/** Runs a command to completion; rejects with its output tail when it fails. */
export function run(command, args, { cwd, env, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    })
    let output = ""
    if (quiet) {
      const keep = (chunk) => {
        output = (output + chunk.toString()).slice(-20000)
      }
      child.stdout.on("data", keep)
      child.stderr.on("data", keep)
    }
    child.on("error", (error) => reject(new Error(`${basename(command)} could not start: ${error.message}`)))
    child.on("exit", (code, signal) => {
      if (code === 0) {
        resolve(output)
        return
      }
      // The cause: the last line of the output that reads like one (the message of a JSON log line).
      const lines = output.trim().split("\n")
      const cause = logMessage(lines.findLast((line) => /error|fatal|failed|cannot|could not|denied|refused/i.test(line)))
      const error = new Error(
        `${basename(command)} ${args.join(" ")} failed (${signal ?? `exit ${code}`})${cause ? `: ${cause.slice(0, 300)}` : ""}`
      )
      error.details = output
      error.exitCode = code ?? 1
      reject(error)
    })
  })
}

function logMessage(line) {
  try {
    return JSON.parse(line).message ?? line.trim()
  } catch {
    return line?.trim()
  }
}

/** Whether every process of the group `pgid` has ended, checked until `timeoutMs` passes. */
async function groupEnded(pgid, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      process.kill(-pgid, 0)
    } catch {
      return true
    }
    if (Date.now() >= deadline) {
      return false
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/**
 * Starts a long-running service in its own process group, its output prefixed with its name
 * (or written to `logFile`). `stop()` ends the whole group: npm and its node children alike.
 */
export function startService(name, command, args, { cwd, env, logFile } = {}) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  const sink = logFile ? createWriteStream(logFile, { flags: "w" }) : null
  const prefix = `[${name}] `
  const forward = (stream) => {
    let pending = ""
    stream.on("data", (chunk) => {
      if (sink) {
        sink.write(chunk)
        return
      }
      pending += chunk.toString()
      const lines = pending.split("\n")
      pending = lines.pop() ?? ""
      for (const line of lines) {
        process.stdout.write(`${prefix}${line}\n`)
      }
    })
  }
  forward(child.stdout)
  forward(child.stderr)

  let exited = false
  const exitPromise = new Promise((resolve) => {
    const done = (result) => {
      if (exited) {
        return
      }
      exited = true
      service.exitStatus = result.error?.message ?? result.signal ?? `exit ${result.code}`
      sink?.end()
      resolve(result)
    }
    child.on("exit", (code, signal) => done({ code, signal }))
    // A command that cannot start (missing, not executable) exits without running.
    child.on("error", (error) => done({ code: null, signal: null, error }))
  })

  const service = {
    name,
    child,
    exited: exitPromise,
    isRunning: () => !exited,
    async stop() {
      services.delete(service)
      if (exited) {
        return
      }
      try {
        process.kill(-child.pid, "SIGTERM")
      } catch {
        return
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, "SIGKILL")
        } catch {
          // already gone
        }
      }, 10000)
      await exitPromise
      // The group leader (npm) can end before its children do: wait for the whole group, so that
      // nothing is left running once `npm start` returns.
      if (!(await groupEnded(child.pid, 10000))) {
        try {
          process.kill(-child.pid, "SIGKILL")
        } catch {
          // already gone
        }
        await groupEnded(child.pid, 2000)
      }
      clearTimeout(timer)
    },
  }
  services.add(service)
  return service
}

/** Waits until `url` answers 2xx, failing early when the service exits. */
export async function waitForHttp(url, { service, timeoutMs = 180000, intervalMs = 500 } = {}) {
  const deadline = Date.now() + timeoutMs
  let lastError = "no answer"
  while (Date.now() < deadline) {
    if (service && !service.isRunning()) {
      throw new Error(`${service.name} stopped (${service.exitStatus}) before ${url} answered`)
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) })
      if (response.ok) {
        return
      }
      lastError = `HTTP ${response.status}`
    } catch (error) {
      lastError = error.message
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s (${lastError})`)
}
