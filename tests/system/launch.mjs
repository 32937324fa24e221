// Helpers of the clone system test (clone-start.mjs): a command run in its own process group as a
// terminal runs it, its output watched and kept in a log, stopped with Ctrl-C, and what it may have
// left behind (listening ports, processes in its folders). Not a test itself: scripts/test.mjs runs
// clone-start.mjs only.
import { spawn } from "node:child_process"
import { createWriteStream, mkdirSync, readFileSync } from "node:fs"
import { connect } from "node:net"
import { dirname } from "node:path"
import { problem } from "../../scripts/lib/log.mjs"
import { onExit } from "../../scripts/lib/proc.mjs"
import { processesUnder } from "./private-clone.mjs"

// Stopping takes seconds (npm start stops the storefront, the backend, then the cluster): a
// command still running after a minute did not handle Ctrl-C.
const STOP_TIMEOUT_MS = 60 * 1000

/**
 * Runs a command in its own process group, like a terminal does; its output is kept and written to
 * `logFile`. `ended` is null while it runs, then { code, signal } (or { error }).
 */
export function launch(name, command, args, { cwd, env, logFile }) {
  mkdirSync(dirname(logFile), { recursive: true })
  const log = createWriteStream(logFile)
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] })
  const launched = { name, child, logFile, output: "", ended: null }
  launched.exited = new Promise((resolve) => {
    child.on("error", (error) => resolve((launched.ended = { error: `could not start: ${error.message}` })))
    child.on("exit", (code, signal) => resolve((launched.ended = { code, signal })))
  })
  for (const stream of [child.stdout, child.stderr]) {
    stream.on("data", (chunk) => {
      launched.output += chunk.toString()
      log.write(chunk)
    })
  }
  launched.exited.then(() => log.end())
  onExit(async () => {
    if (!launched.ended) {
      signalGroup(child, "SIGTERM")
      await Promise.race([launched.exited, new Promise((resolve) => setTimeout(resolve, 30000))])
    }
  })
  return launched
}

export const describeEnd = (ended) => ended.error ?? (ended.signal ? `signal ${ended.signal}` : `exit code ${ended.code}`)

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

export const lastLines = (text, count = 30) => text.trim().split("\n").slice(-count).join("\n")

/** Resolves when `text` shows in the output; rejects when the command exits or takes too long. */
export function waitForOutput(launched, text, timeoutMs) {
  const tail = () => lastLines(launched.output, 60)
  return new Promise((resolve, reject) => {
    const check = setInterval(() => {
      if (launched.output.includes(text)) {
        finish(resolve)
      } else if (launched.ended) {
        finish(() => reject(problem(`${launched.name} ended (${describeEnd(launched.ended)}) before printing "${text}"`, { details: tail() })))
      }
    }, 250)
    const timer = setTimeout(
      () => finish(() => reject(problem(`${launched.name} did not print "${text}" within ${timeoutMs / 1000} s`, { details: tail() }))),
      timeoutMs
    )
    const finish = (then) => {
      clearInterval(check)
      clearTimeout(timer)
      then()
    }
  })
}

function portIsOpen(port) {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port })
    socket.once("connect", () => socket.destroy() || resolve(true))
    socket.once("error", () => resolve(false))
  })
}

/** Sends Ctrl-C (SIGINT to its process group) and waits for the command to end. */
export async function stopWithCtrlC(launched) {
  signalGroup(launched.child, "SIGINT")
  const late = new Promise((resolve) => setTimeout(() => resolve(false), STOP_TIMEOUT_MS).unref())
  if (!(await Promise.race([launched.exited.then(() => true), late]))) {
    throw problem(`${launched.name} was still running ${STOP_TIMEOUT_MS / 1000} s after Ctrl-C`, { details: lastLines(launched.output) })
  }
}

/** Nothing listens on `ports` ([name, port] pairs) and no process works in `folders`. */
export async function expectNothingLeft(launched, ports, folders) {
  const open = []
  for (const [name, port] of ports) {
    if (await portIsOpen(port)) {
      open.push(`${name} (${port})`)
    }
  }
  const left = processesUnder(folders)
  if (open.length || left.length) {
    const described = left.map((pid) => `${pid} (${commandLine(pid)})`)
    throw problem(`after ${launched.name} stopped, still listening: ${open.join(", ") || "nothing"}; processes left: ${described.join(", ") || "none"}`, {
      details: lastLines(launched.output),
    })
  }
}

/** A process's command line, for a failure to name what was left running. */
function commandLine(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ").slice(0, 200) || "?"
  } catch {
    return "gone"
  }
}
