import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { validationMessage, vendorValidationMessage, VENDOR_VALIDATION_CODES, type FieldError, type Locale, type VendorFieldError, type VendorValidationCode } from "@tadamon/shared"
import { readLocalizedFieldError, type FieldProblem } from "../utils/localized-field-error"
import { STATE_CONFLICT, stateConflictMessage } from "../utils/state-conflict"
import { requestLocale } from "./utils/request-locale"

const STATUS: Record<string, number> = {
  [MedusaError.Types.INVALID_DATA]: 400,
  [MedusaError.Types.NOT_ALLOWED]: 400,
  [MedusaError.Types.NOT_FOUND]: 404,
  [MedusaError.Types.CONFLICT]: 409,
}

const medusaErrorHandler = errorHandler()

/**
 * What PostgreSQL answers to values only a request can have sent: text it cannot store (a NUL
 * inside a query parameter breaks its wire protocol, "invalid message format"; NUL or half a
 * surrogate pair in text or JSON) and dates or numbers beyond its types. The input guard and the
 * validators refuse these first; this is the net behind them.
 */
const UNSTORABLE_TEXT = new Set(["08P01", "22021", "22P05"])
const OUT_OF_RANGE = new Set(["22008", "22003"])

/** An error that bad input raised below the validators (Medusa's answer would be a 500), as the field it concerns. */
function inputProblemOf(error: unknown, req: MedusaRequest): FieldProblem | null {
  if (error instanceof URIError) {
    return { field: "path", code: "malformed_encoding" }
  }
  if (!error || typeof error !== "object") {
    return null
  }
  const { type, code } = error as Record<string, unknown>
  // body-parser's error for a body that is not JSON (Medusa answers 400 with the parser's English text).
  if (type === "entity.parse.failed") {
    return { field: "body", code: "malformed_json" }
  }
  const field = req.method === "GET" || req.method === "DELETE" ? "query" : "body"
  if (typeof code === "string" && UNSTORABLE_TEXT.has(code)) {
    return { field, code: "invalid_characters" }
  }
  if (typeof code === "string" && OUT_OF_RANGE.has(code)) {
    return { field, code: "value_out_of_range" }
  }
  return null
}

function localizedProblemsOf(error: unknown, req: MedusaRequest) {
  const localized = readLocalizedFieldError(error)
  if (localized) {
    return localized
  }
  const problem = inputProblemOf(error, req)
  return problem ? { type: MedusaError.Types.INVALID_DATA, problems: [problem], details: {} } : null
}

function isVendorCode(value: unknown): value is VendorValidationCode {
  return (VENDOR_VALIDATION_CODES as readonly unknown[]).includes(value)
}

/** A field error a portal or moderation rule raised with `invalidField` (utils/field-error.ts), in the request's language. */
function vendorFieldErrorOf(error: unknown, locale: Locale): VendorFieldError | null {
  if (!error || typeof error !== "object") {
    return null
  }
  const { type, field, field_code } = error as Record<string, unknown>
  if (type !== MedusaError.Types.INVALID_DATA || typeof field !== "string" || !isVendorCode(field_code)) {
    return null
  }
  return { field, code: field_code, message: vendorValidationMessage(field_code, field, locale) }
}

/** The answer to an error Tadamon's rules raised, or null when it is Medusa's to answer. */
function tadamonAnswerOf(error: unknown, req: MedusaRequest): { status: number; body: Record<string, unknown> } | null {
  const conflict = stateConflictMessage(error)
  if (conflict !== null) {
    return { status: 409, body: { type: MedusaError.Types.CONFLICT, code: STATE_CONFLICT, message: conflict } }
  }
  // `req.locale` is set for /store routes only, and not yet when the input guard refuses a request.
  const locale = requestLocale(req)
  const vendorField = vendorFieldErrorOf(error, locale)
  if (vendorField) {
    return { status: 400, body: { type: MedusaError.Types.INVALID_DATA, message: vendorField.message, errors: [vendorField] } }
  }
  const localized = localizedProblemsOf(error, req)
  if (!localized) {
    return null
  }
  const errors: FieldError[] = localized.problems.map((problem) => ({
    field: problem.field,
    code: problem.code,
    message: validationMessage(problem.code, problem.name ?? problem.field, locale),
  }))
  return {
    status: STATUS[localized.type] ?? 400,
    body: { ...localized.details, type: localized.type, message: errors.map((entry) => entry.message).join(" "), errors },
  }
}

/**
 * The API's one error handler: Medusa's, with Tadamon's rules first. A rule that found fields wrong
 * anywhere (a route, a workflow step, a hook on one of Medusa's own workflows, the input guard)
 * answers them in the request's language, one error per field, with the details the rule attached;
 * so do a body that is not JSON, an undecodable path and values the database cannot store. A state
 * rule's conflict answers 409 with its own message. Routes only throw: none catches to answer.
 */
export function tadamonErrorHandler(error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const answer = res.headersSent ? null : tadamonAnswerOf(error, req)
  if (!answer) {
    return medusaErrorHandler(error, req, res, next)
  }
  res.status(answer.status).json(answer.body)
}
