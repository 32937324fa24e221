import { validateAndTransformQuery, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import {
  vendorValidationMessage,
  VENDOR_VALIDATION_CODES,
  type Locale,
  type VendorFieldError,
  type VendorValidationCode,
  type FieldError,
} from "@tadamon/shared"
import { requestLocale } from "./request-locale"

/** Any route's response, whatever body type it declares. */
type AnyResponse = { status(code: number): { json(body: unknown): unknown } }

/**
 * Answers 400 with one error per field, already in the request's language: Tadamon's one body for
 * field errors (`StoreValidationErrorResponse` and `VendorValidationErrorResponse` alike).
 */
export function sendFieldErrors(res: AnyResponse, errors: Array<FieldError | VendorFieldError>) {
  const body: { type: "invalid_data"; message: string; errors: Array<FieldError | VendorFieldError> } = {
    type: "invalid_data",
    message: errors.map((error) => error.message).join(" "),
    errors,
  }
  res.status(400).json(body)
}

function isCode(value: unknown): value is VendorValidationCode {
  return typeof value === "string" && (VENDOR_VALIDATION_CODES as readonly string[]).includes(value)
}

function valueAt(body: unknown, path: PropertyKey[]): unknown {
  let value = body
  for (const key of path) {
    if (value === null || typeof value !== "object") {
      return undefined
    }
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

function codeOf(issue: z.core.$ZodIssue, input: unknown): VendorValidationCode {
  const custom = (issue as { params?: { code?: unknown } }).params?.code
  if (isCode(custom)) {
    return custom
  }
  const value = valueAt(input, issue.path)
  switch (issue.code) {
    case "invalid_type":
      return value === undefined || value === null ? "required" : "invalid_value"
    case "too_small":
      if (issue.origin === "string") {
        return typeof value === "string" && !value.trim() ? "required" : "too_short"
      }
      if (issue.origin === "array" || issue.origin === "set") {
        return "required"
      }
      return "too_small"
    case "too_big":
      return issue.origin === "string" ? "too_long" : issue.origin === "array" ? "too_long" : "too_large"
    case "invalid_format":
      return issue.format === "email" ? "invalid_email" : "invalid_value"
    default:
      return "invalid_value"
  }
}

/** One error per field (the first issue of each), with its localized message. */
export function fieldErrorsOf(error: z.ZodError, input: unknown, locale: Locale): VendorFieldError[] {
  const byField = new Map<string, VendorFieldError>()
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const field = [...issue.path, key].map(String).join(".")
        byField.set(field, { field, code: "invalid_value", message: vendorValidationMessage("invalid_value", field, locale) })
      }
      continue
    }
    const field = issue.path.map(String).join(".") || "body"
    if (byField.has(field)) {
      continue
    }
    const code = codeOf(issue, input)
    byField.set(field, { field, code, message: vendorValidationMessage(code, field, locale) })
  }
  return [...byField.values()]
}

/** Validates `req.body` with a zod schema: 400 with localized field errors, or `req.validatedBody`. */
export function validateBody<T extends z.ZodType>(schema: T) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const result = schema.safeParse(req.body ?? {})
    if (!result.success) {
      return sendFieldErrors(res, fieldErrorsOf(result.error, req.body, requestLocale(req)))
    }
    req.validatedBody = result.data
    next()
  }
}

/** What Medusa's query middleware takes: the fields a route reads by default and may be asked for. */
type QueryConfig = Parameters<typeof validateAndTransformQuery>[1]

/** The schema as Medusa validates its own routes: unknown fields and parameters refused. */
export function strictly(schema: z.ZodType): z.ZodType {
  const strict = (schema as { strict?: unknown }).strict
  return typeof strict === "function" ? (strict.call(schema) as z.ZodType) : schema
}

/**
 * Validates `req.query` (the `locale` parameter aside): 400 with localized field errors, or
 * `req.validatedQuery`. With a query config (a route's `query-config.ts`), Medusa's own query
 * middleware runs as well and sets `req.queryConfig` (fields, pagination, order) for `query.graph`;
 * when it refuses the query, the refusal is answered field by field in the request's language.
 */
export function validateQuery<T extends z.ZodType>(schema: T, queryConfig?: QueryConfig) {
  if (queryConfig) {
    const medusa = validateAndTransformQuery(schema, queryConfig)
    return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
      medusa(req, res, (error?: unknown) => {
        if (!error) {
          return next()
        }
        const { locale: _locale, ...query } = req.query ?? {}
        const result = strictly(schema).safeParse(query)
        // Valid parameters refused all the same (fields a route does not allow): Medusa's answer.
        return result.success ? next(error) : sendFieldErrors(res, fieldErrorsOf(result.error, query, requestLocale(req)))
      })
  }
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const { locale: _locale, ...query } = req.query ?? {}
    const result = schema.safeParse(query)
    if (!result.success) {
      return sendFieldErrors(res, fieldErrorsOf(result.error, query, requestLocale(req)))
    }
    req.validatedQuery = result.data as Record<string, unknown>
    next()
  }
}
