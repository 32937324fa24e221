import { ApiLoader, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { LocalizedFieldError, type FieldProblem } from "../utils/localized-field-error"

/**
 * Text no route can take: a NUL character (PostgreSQL refuses it in text and JSON) or half of a
 * UTF-16 surrogate pair (not Unicode: JSON columns refuse it, and it cannot be encoded as UTF-8).
 */
// eslint-disable-next-line no-control-regex -- finding the NUL character is this expression's purpose
const UNREADABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const UNREADABLE_ALL = new RegExp(UNREADABLE.source, "g")

/** At most this many problems are reported for one request. */
const MAX_PROBLEMS = 20

/**
 * Levels of objects and lists a body may nest (a product with variants, prices and rules takes
 * five or six). Deeper bodies make Medusa's recursive field walks overflow the stack: a 500.
 */
export const MAX_BODY_DEPTH = 32

/**
 * Medusa's query validation reads `a.b` as a nested filter and throws (a 500) on `a.b.c`: a name
 * with more than this many dots cannot be a parameter of any route.
 */
const MAX_QUERY_KEY_DOTS = 1

function unreadable(text: string): boolean {
  return UNREADABLE.test(text)
}

function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}

/** The path, percent-decoded as Express decodes route parameters. */
export function pathProblems(path: string): FieldProblem[] {
  const text = decoded(path)
  if (text === null) {
    return [{ field: "path", code: "malformed_encoding" }]
  }
  return unreadable(text) ? [{ field: "path", code: "invalid_characters" }] : []
}

/**
 * The query string as sent (the parser Medusa uses keeps undecodable text as it is and turns `%00`
 * into a NUL) and `locale`, which Medusa's locale middleware reads as text: given as a list or an
 * object (`locale[]=a&locale[]=b`, `locale[x]=1`) it throws inside an async handler and the request
 * is never answered.
 */
export function queryProblems(search: string, query: Record<string, unknown> | undefined): FieldProblem[] {
  const problems: FieldProblem[] = []
  for (const pair of search.split("&")) {
    if (!pair) {
      continue
    }
    const [rawKey, ...rawValue] = pair.replace(/\+/g, " ").split("=")
    const key = decoded(rawKey)
    const value = decoded(rawValue.join("="))
    const field = key !== null && !unreadable(key) ? key : "query"
    if (key === null || value === null) {
      problems.push({ field, code: "malformed_encoding" })
    } else if (unreadable(key) || unreadable(value)) {
      problems.push({ field, code: "invalid_characters" })
    } else if (key.split(".").length > MAX_QUERY_KEY_DOTS + 1) {
      problems.push({ field, code: "invalid_value" })
    }
  }
  if (query?.locale !== undefined && typeof query.locale !== "string") {
    problems.push({ field: "locale", code: "single_value" })
  }
  return problems
}

type Node = { value: unknown; key: string; parent: Node | null; depth: number }

/** The node's field as the validators name it; a key that cannot be read shows as U+FFFD. */
function fieldOf(node: Node): string {
  const keys: string[] = []
  for (let current: Node | null = node; current?.parent; current = current.parent) {
    keys.unshift(current.key.replace(UNREADABLE_ALL, "\uFFFD"))
  }
  return keys.join(".") || "body"
}

/** The body's own field a node is under (`metadata` for `metadata.a.b`), the whole body for a list. */
function topFieldOf(node: Node): string {
  let current = node
  while (current.parent?.parent) {
    current = current.parent
  }
  return current.parent && !Array.isArray(current.parent.value) ? current.key : "body"
}

/**
 * Every string and key of a parsed body (JSON, form or text), walked without recursion so that a
 * deeply nested body cannot exhaust the stack; fields are named as the validators name them
 * (`shipping_address.first_name`, `items.0.metadata.note`), in the body's order; nesting is
 * limited to `MAX_BODY_DEPTH` levels.
 */
export function bodyProblems(body: unknown): FieldProblem[] {
  const problems: FieldProblem[] = []
  const stack: Node[] = [{ value: body, key: "", parent: null, depth: 0 }]
  while (stack.length && problems.length < MAX_PROBLEMS) {
    const node = stack.pop() as Node
    const { value } = node
    if (unreadable(node.key) || (typeof value === "string" && unreadable(value))) {
      problems.push({ field: fieldOf(node), code: "invalid_characters" })
      continue
    }
    if (!value || typeof value !== "object") {
      continue
    }
    if (node.depth >= MAX_BODY_DEPTH) {
      problems.push({ field: topFieldOf(node), code: "too_deep" })
      continue
    }
    const entries: Array<[string, unknown]> = Array.isArray(value) ? value.map((item, index): [string, unknown] => [String(index), item]) : Object.entries(value)
    // Pushed last to first, so that problems come out in the body's order.
    for (let index = entries.length - 1; index >= 0; index--) {
      const [key, item] = entries[index]
      stack.push({ value: item, key, parent: node, depth: node.depth + 1 })
    }
  }
  return problems
}

/** What of the request's path, query and parsed body no route can read; empty when all is well. */
export function inputProblems(req: MedusaRequest): FieldProblem[] {
  const [path, ...search] = req.originalUrl.split("?")
  const problems = [...pathProblems(path), ...queryProblems(search.join("?"), req.query), ...bodyProblems(req.body)]
  const seen = new Set<string>()
  return problems.filter((problem) => !seen.has(problem.field) && seen.add(problem.field)).slice(0, MAX_PROBLEMS)
}

/**
 * Refuses a request whose path, query or body holds text no route can take, with a 400 naming
 * each field in the request's language (api/error-handler.ts), before any route, workflow or
 * database sees it: nothing is half-written.
 */
export function inputGuard(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const problems = inputProblems(req)
  if (problems.length) {
    return next(new LocalizedFieldError(MedusaError.Types.INVALID_DATA, problems))
  }
  next()
}

/** The last of the body parsers (JSON, text, form) that Medusa's API loader registers first, for every path. */
const LAST_BODY_PARSER = "urlencodedBodyParser"

type Trace = NonNullable<typeof ApiLoader.traceMiddleware>
const installed = new WeakSet<Trace>()

/**
 * Runs `inputGuard` right after Medusa's body parsers, for every request, before the CORS, auth,
 * publishable-key and locale middlewares Medusa registers ahead of any project middleware (see
 * `ApiLoader.load` in @medusajs/framework): `defineMiddlewares` cannot place a middleware there,
 * so the guard wraps the last body parser through the loader's middleware hook, keeping any
 * instrumentation already installed on it. Must run before the API loader registers its
 * middlewares: api/middlewares.ts calls it when Medusa loads that file.
 */
export function installInputGuard() {
  const previous = ApiLoader.traceMiddleware
  if (previous && installed.has(previous)) {
    return
  }
  const trace: Trace = (handler, route) => {
    const traced = previous ? previous(handler, route) : handler
    if (handler.name !== LAST_BODY_PARSER) {
      return traced
    }
    return function guardedBodyParser(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): unknown {
      return traced(req, res, (error?: unknown) => (error ? next(error) : inputGuard(req, res, next)))
    }
  }
  installed.add(trace)
  ApiLoader.traceMiddleware = trace
}
