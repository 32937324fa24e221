import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import {
  DEFAULT_LOCALE,
  localeFromTag,
  vendorValidationMessage,
  VENDOR_VALIDATION_CODES,
  type Locale,
  type VendorFieldError,
  type VendorValidationCode,
  type VendorValidationErrorResponse,
} from "@tadamon/shared"
import { invalidField } from "../../workflows/cooperative/utils/field-error"

/**
 * Field-level 400s for the cooperative portal and the organizers' moderation routes, in the
 * language a person reads them in: the request's `?locale=` or `x-medusa-locale` (Medusa only
 * resolves those for `/store`), Arabic by default.
 */
export function vendorLocale(req: MedusaRequest): Locale {
  const query = req.query?.locale
  const header = req.get?.("x-medusa-locale")
  return localeFromTag(req.locale) ?? localeFromTag(typeof query === "string" ? query : undefined) ?? localeFromTag(header) ?? DEFAULT_LOCALE
}

/** Any route's response, whatever body type it declares. */
type AnyResponse = { status(code: number): { json(body: unknown): unknown } }

export function sendVendorFieldErrors(res: AnyResponse, errors: VendorFieldError[]) {
  const body: VendorValidationErrorResponse = {
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
export function validateVendorBody<T extends z.ZodType>(schema: T) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const result = schema.safeParse(req.body ?? {})
    if (!result.success) {
      return sendVendorFieldErrors(res, fieldErrorsOf(result.error, req.body, vendorLocale(req)))
    }
    req.validatedBody = result.data
    next()
  }
}

/** Validates `req.query` (the `locale` parameter aside): 400 with localized field errors, or `req.validatedQuery`. */
export function validateVendorQuery<T extends z.ZodType>(schema: T) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const { locale: _locale, ...query } = req.query ?? {}
    const result = schema.safeParse(query)
    if (!result.success) {
      return sendVendorFieldErrors(res, fieldErrorsOf(result.error, query, vendorLocale(req)))
    }
    req.validatedQuery = result.data as Record<string, unknown>
    next()
  }
}

export { invalidField }

type FieldCarrier = { type?: unknown; field?: unknown; field_code?: unknown }

function fieldErrorOf(error: unknown, locale: Locale): VendorFieldError | null {
  if (!error || typeof error !== "object") {
    return null
  }
  const { type, field, field_code } = error as FieldCarrier
  if (type !== MedusaError.Types.INVALID_DATA || typeof field !== "string" || !isCode(field_code)) {
    return null
  }
  return { field, code: field_code, message: vendorValidationMessage(field_code, field, locale) }
}

/**
 * Runs a route's workflow. A field error from its validation becomes a localized 400; a conflict
 * (CONFLICT from a validate step, or a unique index the database enforced) a 409 that keeps its
 * message (Medusa's error handler would replace it with a generic retry hint); anything else is
 * rethrown. Returns undefined when it answered.
 */
export async function withFieldErrors<T>(req: MedusaRequest, res: AnyResponse, run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run()
  } catch (error) {
    const fieldError = fieldErrorOf(error, vendorLocale(req))
    if (fieldError) {
      sendVendorFieldErrors(res, [fieldError])
      return undefined
    }
    const { type, message } = (error ?? {}) as { type?: unknown; message?: unknown }
    if (type === MedusaError.Types.CONFLICT || type === MedusaError.Types.DUPLICATE_ERROR) {
      res.status(409).json({ type: "conflict", message: typeof message === "string" ? message : "Conflict" })
      return undefined
    }
    throw error
  }
}
