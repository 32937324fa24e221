// Progress output for the start, test, seed and bench scripts, and the one way they report a
// failure: which step failed, the cause in one line, what to do. Node built-ins only.
const colour = process.stdout.isTTY ? (code, text) => `\u001b[${code}m${text}\u001b[0m` : (_code, text) => text

export const bold = (text) => colour(1, text)
export const dim = (text) => colour(2, text)

export function info(message) {
  process.stdout.write(`${colour(36, "›")} ${message}\n`)
}

export function warn(message) {
  process.stdout.write(`${colour(33, "!")} ${message}\n`)
}

const DEFAULT_HINT = "Read the output above, fix what it names, then run the same command again (what is done is reused)."

/** The steps in progress, innermost last: an error from an event handler is reported against it. */
const running = []
let lastFinished = null

/**
 * An error that tells the reader what to do. `message` is the cause (one line); `details` (the
 * output of a command, a server's log) is printed above the summary.
 */
export function problem(message, { hint, details, step } = {}) {
  return Object.assign(new Error(message), { hint, details, step })
}

/**
 * Runs one long step, printing its name, then its duration or its failure. A failure keeps the
 * innermost step's name and hint (an error may carry its own, more precise hint).
 */
export async function step(name, fn, { hint } = {}) {
  const started = Date.now()
  const elapsed = () => dim(`(${((Date.now() - started) / 1000).toFixed(1)} s)`)
  process.stdout.write(`${colour(36, "▸")} ${name}…\n`)
  running.push(name)
  try {
    const result = await fn()
    process.stdout.write(`${colour(32, "✓")} ${name} ${elapsed()}\n`)
    return result
  } catch (thrown) {
    process.stdout.write(`${colour(31, "✗")} ${name} ${elapsed()}\n`)
    const error = asError(thrown)
    error.step ??= name
    error.hint ??= hint
    throw error
  } finally {
    running.splice(running.lastIndexOf(name), 1)
    lastFinished = name
  }
}

function asError(thrown) {
  if (thrown instanceof Error) {
    return thrown
  }
  return new Error(thrown === undefined ? "failed without saying why" : String(thrown))
}

/** Prints the failure summary: details (dimmed, last 40 lines), then step, cause and what to do. */
export function reportFailure(thrown) {
  const error = asError(thrown)
  const [cause, ...rest] = error.message.trim().split("\n")
  const details = String(error.details ?? rest.join("\n")).trim()
  if (details) {
    process.stderr.write(`\n${dim(details.split("\n").slice(-40).join("\n"))}\n`)
  }
  const where = error.step ?? running.at(-1) ?? (lastFinished ? `After "${lastFinished}"` : "Getting ready")
  process.stderr.write(
    `\n${colour(31, "✗")} ${bold(`${where}: failed`)}\n` +
      `  cause:      ${cause || error.name}\n` +
      `  what to do: ${error.hint ?? DEFAULT_HINT}\n`
  )
}
