import { ApiLoader, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { ValidationCode } from "@tadamon/shared"
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

/**
 * A day, or a day and a time (`T` or a space between, seconds, fraction and offset optional): the
 * shapes of an ISO date that PostgreSQL reads. Groups: year, month, day, hour, minute, second,
 * offset hours, offset minutes.
 */
const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?$/

/** The operators of Medusa's filters (`createOperatorMap`) that compare a date with dates; the others (`$like`, `$re`, …) compare text. */
const DATE_OPERATORS = new Set(["$eq", "$ne", "$in", "$nin", "$gt", "$gte", "$lt", "$lte"])

/** Characters that have no place in a file name: C0 and C1 controls and DEL. */
// eslint-disable-next-line no-control-regex -- finding control characters is this expression's purpose
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g

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

const daysIn = (year: number, month: number) =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31

/** Why a date filter's value is not a date PostgreSQL can store (`abc`, `0000-01-01`, `2026-02-30`); null when it is one. */
function dateCode(value: unknown): ValidationCode | null {
  const match = typeof value === "string" ? DATE_TEXT.exec(value) : null
  if (!match) {
    return "invalid_value"
  }
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = match.slice(1).map((part) => Number(part ?? 0))
  const exists =
    year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month) && hour <= 23 && minute <= 59 && second <= 59
  return exists && offsetHours <= 15 && offsetMinutes <= 59 ? null : "value_out_of_range"
}

/** A date filter's value: a date, a list of dates, or comparisons (`$gte`, `$in`, …) with either. */
function dateFilterCode(filter: unknown): ValidationCode | null {
  const dates = (value: unknown) => (Array.isArray(value) ? value : [value]).map(dateCode).find(Boolean) ?? null
  if (!filter || typeof filter !== "object" || Array.isArray(filter)) {
    return dates(filter)
  }
  return Object.entries(filter).map(([operator, value]) => (DATE_OPERATORS.has(operator) ? dates(value) : "invalid_value")).find(Boolean) ?? null
}

/**
 * The query's date filters: every parameter named `*_at`, at any depth (`created_at`,
 * `updated_at[$gte]`, `variants[created_at][$lt]`). Medusa hands them to PostgreSQL as they come,
 * which fails, a 500, on anything but a date it can store (`abc`, an empty value, `0000-01-01`,
 * `2026-02-30`) and on a text operator (`$like`) against a date. Each is named as the validators
 * name it (`created_at`, `variants.created_at`).
 */
export function dateFilterProblems(query: unknown): FieldProblem[] {
  const problems: FieldProblem[] = []
  const stack: Array<{ value: unknown; field: string; depth: number }> = [{ value: query, field: "", depth: 0 }]
  while (stack.length && problems.length < MAX_PROBLEMS) {
    const { value, field, depth } = stack.pop() as { value: unknown; field: string; depth: number }
    if (!value || typeof value !== "object" || depth >= MAX_BODY_DEPTH) {
      continue
    }
    for (const [key, item] of Object.entries(value)) {
      const name = `${field}${field ? "." : ""}${key.replace(UNREADABLE_ALL, "\uFFFD")}`
      if (!key.endsWith("_at")) {
        stack.push({ value: item, field: name, depth: depth + 1 })
        continue
      }
      const code = dateFilterCode(item)
      if (code) {
        problems.push({ field: name, code })
      }
    }
  }
  return problems
}

/** What of the request's path, query and parsed body no route can read; empty when all is well. */
export function inputProblems(req: MedusaRequest): FieldProblem[] {
  const [path, ...search] = req.originalUrl.split("?")
  const problems = [
    ...pathProblems(path),
    ...queryProblems(search.join("?"), req.query),
    ...dateFilterProblems(req.query),
    ...bodyProblems(req.body),
  ]
  return distinctFields(problems)
}

function distinctFields(problems: FieldProblem[]): FieldProblem[] {
  const seen = new Set<string>()
  return problems.filter((problem) => !seen.has(problem.field) && seen.add(problem.field)).slice(0, MAX_PROBLEMS)
}

/** A file of a multipart body as multer reads it (field and name as the client sent them). */
export type MultipartFile = { fieldname: string; originalname: string }

/**
 * What of a multipart body no route can read, once multer has parsed it (Medusa's body parsers
 * leave multipart bodies to the route, so `inputGuard` saw none): its fields as `bodyProblems`
 * reads any body, and each file's name, which may also hold no control character. A file is named
 * as the upload route names it (`files.0`), with its name quoted in the message.
 */
export function multipartProblems(fields: unknown, files: MultipartFile[]): FieldProblem[] {
  const problems = bodyProblems(fields)
  const counts = new Map<string, number>()
  for (const file of files) {
    const index = counts.get(file.fieldname) ?? 0
    counts.set(file.fieldname, index + 1)
    const field = `${file.fieldname.replace(UNREADABLE_ALL, "\uFFFD")}.${index}`
    if (unreadable(file.fieldname) || unreadable(file.originalname) || file.originalname.search(CONTROL) >= 0) {
      problems.push({ field, code: "invalid_characters", name: file.originalname.replace(UNREADABLE_ALL, "\uFFFD").replace(CONTROL, "\uFFFD") })
    }
  }
  return distinctFields(problems)
}

/**
 * Refuses a request whose path, query or body holds text no route can take, or whose query holds
 * a date filter PostgreSQL cannot read, with a 400 naming each field in the request's language
 * (api/error-handler.ts), before any route, workflow or database sees it: nothing is half-written.
 */
export function inputGuard(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  refuse(inputProblems(req), next)
}

function refuse(problems: FieldProblem[], next: MedusaNextFunction) {
  if (problems.length) {
    return next(new LocalizedFieldError(MedusaError.Types.INVALID_DATA, problems))
  }
  next()
}

/**
 * `inputGuard` for a multipart body: to run right after the route's multer middleware, which puts
 * the form fields in `req.body` and the files in `req.files`. Refuses before the route stores anything.
 */
export function multipartGuard(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const files = (req as MedusaRequest & { files?: unknown }).files
  refuse(multipartProblems(req.body, Array.isArray(files) ? (files as MultipartFile[]) : []), next)
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
