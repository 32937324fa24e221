import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { validationMessage, type FieldError } from "@tadamon/shared"
import { readLocalizedFieldError } from "../utils/localized-field-error"
import { requestLocale } from "./utils/request-locale"

const STATUS: Record<string, number> = {
  [MedusaError.Types.INVALID_DATA]: 400,
  [MedusaError.Types.NOT_ALLOWED]: 400,
  [MedusaError.Types.NOT_FOUND]: 404,
  [MedusaError.Types.CONFLICT]: 409,
}

const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler, with one addition: a rule that found fields wrong anywhere (a route, a
 * workflow step, a hook on one of Medusa's own workflows) answers them in the request's language,
 * one error per field, with the details the rule attached.
 */
export function tadamonErrorHandler(error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const localized = readLocalizedFieldError(error)
  if (!localized || res.headersSent) {
    return medusaErrorHandler(error as Error, req, res, next)
  }
  const locale = requestLocale(req)
  const errors: FieldError[] = localized.problems.map((problem) => ({
    field: problem.field,
    code: problem.code,
    message: validationMessage(problem.code, problem.name ?? problem.field, locale),
  }))
  res.status(STATUS[localized.type] ?? 400).json({
    ...localized.details,
    type: localized.type,
    message: errors.map((entry) => entry.message).join(" "),
    errors,
  })
}
