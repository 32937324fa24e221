// Debian's Chromium for Playwright and Lighthouse (Playwright's own download cannot work here).
import { existsSync } from "node:fs"
import { run } from "./proc.mjs"
import { problem, step } from "./log.mjs"

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]

/** What to do when no Chromium is found, or the one found does not start. */
export const CHROMIUM_HINT = "Install Debian's chromium (`sudo apt-get install chromium`), or set CHROMIUM_PATH to a Chromium binary."

export function findChromium() {
  return [process.env.CHROMIUM_PATH, ...CANDIDATES].find((path) => path && existsSync(path)) ?? null
}

/** Finds Chromium, installing Debian's `chromium` package when running as root. */
export async function ensureChromium() {
  const found = findChromium()
  if (found) {
    return found
  }
  if (process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) {
    throw problem("Chromium is missing", { hint: CHROMIUM_HINT })
  }
  await step(
    "Installing Chromium (Debian package)",
    async () => {
      const env = { DEBIAN_FRONTEND: "noninteractive" }
      const install = () => run("apt-get", ["install", "-y", "-q", "--no-install-recommends", "chromium"], { env, quiet: true })
      try {
        await install()
      } catch {
        await run("apt-get", ["update", "-q"], { env, quiet: true })
        await install()
      }
    },
    { hint: "Install it yourself (`apt-get install chromium`, which needs the Debian mirrors) or set CHROMIUM_PATH." }
  )
  const installed = findChromium()
  if (!installed) {
    throw problem("The chromium package installed, but no Chromium binary was found", { hint: "Set CHROMIUM_PATH to the Chromium binary." })
  }
  return installed
}
