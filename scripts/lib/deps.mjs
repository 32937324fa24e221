// Installs the workspace's dependencies when they are missing or older than the lockfile.
import { existsSync, statSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { run } from "./proc.mjs"
import { step } from "./log.mjs"

// A path, not a URL's (a folder name with a space stays as it is).
export const ROOT = fileURLToPath(new URL("../..", import.meta.url)).replace(/\/$/, "")

export async function ensureDependencies() {
  const installed = join(ROOT, "node_modules", ".package-lock.json")
  const lock = join(ROOT, "package-lock.json")
  const upToDate = existsSync(installed) && (!existsSync(lock) || statSync(installed).mtimeMs >= statSync(lock).mtimeMs)
  if (upToDate) {
    return
  }
  await step("Installing dependencies (npm ci, a few minutes the first time)", () =>
    run("npm", [existsSync(lock) ? "ci" : "install", "--no-audit", "--no-fund"], {
      cwd: ROOT,
      env: { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1", MEDUSA_DISABLE_TELEMETRY: "true" },
    }),
    { hint: "Read npm's error above: check access to the npm registry (proxy, network) and free disk space, then run the command again." }
  )
}
