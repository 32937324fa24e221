import { existsSync, readdirSync, readFileSync } from "fs"
import { dirname, join, relative, sep } from "path"

/** One method of one API route, as Medusa's file-based router registers it. */
export type ApiRoute = { method: string; matcher: string; params: string[] }

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const
const TS_EXPORT = new RegExp(`export\\s+(?:const|async\\s+function|function)\\s+(${METHODS.join("|")})\\b`, "g")
const JS_EXPORT = new RegExp(`exports\\.(${METHODS.join("|")})\\s*=`, "g")

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    // Medusa's router skips folders and files whose name starts with "_".
    if (entry.name.startsWith("_")) {
      return []
    }
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      return routeFiles(path)
    }
    return entry.name === "route.ts" || entry.name === "route.js" ? [path] : []
  })
}

/**
 * The routes of an `api` folder under `prefix` (`store`, `vendor`, `admin`), read from its file tree
 * the way Medusa's router reads it: `[id]` folders are `:id` parameters, each exported
 * `GET`/`POST`/`DELETE`… handler a route. A route file that exports no handler is an error, so a
 * new way of exporting one cannot silently drop routes from the walk.
 */
export function apiRoutes(apiDir: string, prefix: string): ApiRoute[] {
  const root = join(apiDir, prefix)
  if (!existsSync(root)) {
    return []
  }
  return routeFiles(root).flatMap((file) => {
    const source = readFileSync(file, "utf8")
    const methods = [...new Set([...source.matchAll(file.endsWith(".ts") ? TS_EXPORT : JS_EXPORT)].map((match) => match[1]))]
    if (!methods.length) {
      throw new Error(`No route handler found in ${file}`)
    }
    const segments = relative(apiDir, dirname(file)).split(sep)
    const params = segments.filter((segment) => segment.startsWith("[")).map((segment) => segment.slice(1, -1))
    const matcher = `/${segments.map((segment) => (segment.startsWith("[") ? `:${segment.slice(1, -1)}` : segment)).join("/")}`
    return methods.map((method) => ({ method, matcher, params }))
  })
}

/** Tadamon's `/store`, `/vendor` and `/admin` routes and Medusa's own `/store` routes. */
export function routesUnderTest(): ApiRoute[] {
  const tadamon = join(__dirname, "../../../src/api")
  const medusa = join(dirname(require.resolve("@medusajs/medusa/package.json")), "dist/api")
  const routes = [
    ...apiRoutes(tadamon, "store"),
    ...apiRoutes(tadamon, "vendor"),
    ...apiRoutes(tadamon, "admin"),
    ...apiRoutes(medusa, "store"),
  ]
  const seen = new Set<string>()
  return routes.filter((route) => {
    const key = `${route.method} ${route.matcher}`
    return !seen.has(key) && seen.add(key)
  })
}
