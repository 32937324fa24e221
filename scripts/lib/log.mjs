// Progress output for the start, test and bench scripts: Node built-ins only.
const colour = process.stdout.isTTY ? (code, text) => `\u001b[${code}m${text}\u001b[0m` : (_code, text) => text

export const bold = (text) => colour(1, text)
export const dim = (text) => colour(2, text)

export function info(message) {
  process.stdout.write(`${colour(36, "›")} ${message}\n`)
}

export function warn(message) {
  process.stdout.write(`${colour(33, "!")} ${message}\n`)
}

/** Runs one long step, printing its name, then its duration or its failure. */
export async function step(name, fn) {
  const started = Date.now()
  process.stdout.write(`${colour(36, "▸")} ${name}…\n`)
  try {
    const result = await fn()
    process.stdout.write(`${colour(32, "✓")} ${name} ${dim(`(${((Date.now() - started) / 1000).toFixed(1)} s)`)}\n`)
    return result
  } catch (error) {
    process.stdout.write(`${colour(31, "✗")} ${name} ${dim(`(${((Date.now() - started) / 1000).toFixed(1)} s)`)}\n`)
    throw error
  }
}
