import { MedusaError } from "@medusajs/framework/utils"
import { VALIDATION_CODES, validationMessage, type ValidationCode } from "@tadamon/shared"

/**
 * One field a request got wrong, as a rule deep in a workflow or a hook found it: the field's path
 * in the request (`items.0.quantity`, `variant_id`, `cart`), the code of the rule, and the name to
 * quote in the message (a line's title) when the message names more than the field.
 */
export type FieldProblem = { field: string; code: ValidationCode; name?: string }

/**
 * A `MedusaError` that carries its field problems, so the API's error handler can answer them in
 * the request's language (`api/error-handler.ts`) whichever route, workflow or hook threw it.
 * `details` travel with the answer (e.g. what changed in a cart).
 */
export class LocalizedFieldError extends MedusaError {
  readonly problems: FieldProblem[]
  readonly details: Record<string, unknown>

  constructor(type: string, problems: FieldProblem[], details: Record<string, unknown> = {}) {
    super(type, problems.map((problem) => validationMessage(problem.code, problem.name ?? problem.field, "en")).join(" "))
    this.problems = problems
    this.details = details
  }
}

function isProblem(value: unknown): value is FieldProblem {
  if (!value || typeof value !== "object") {
    return false
  }
  const { field, code, name } = value as Record<string, unknown>
  return (
    typeof field === "string" &&
    (VALIDATION_CODES as readonly unknown[]).includes(code) &&
    (name === undefined || typeof name === "string")
  )
}

/**
 * The problems and details of a `LocalizedFieldError`, also when a workflow hands the error on as a
 * plain object (the workflow engine may serialize what a step threw); null for any other error.
 */
export function readLocalizedFieldError(
  error: unknown
): { type: string; problems: FieldProblem[]; details: Record<string, unknown> } | null {
  if (!error || typeof error !== "object") {
    return null
  }
  const { type, problems, details } = error as Record<string, unknown>
  if (typeof type !== "string" || !Array.isArray(problems) || !problems.length || !problems.every(isProblem)) {
    return null
  }
  return { type, problems, details: details && typeof details === "object" ? (details as Record<string, unknown>) : {} }
}
