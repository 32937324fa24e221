// Installs the workspace's dependencies when they are missing or older than the lockfile.
import { existsSync, statSync } from "node:fs"
import { join } from "node:path"
import { run } from "./proc.mjs"
import { step } from "./log.mjs"

export const ROOT = new URL("../..", import.meta.url).pathname.replace(/\/$/, "")

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
    })
  )
}
