import type { MedusaResponse } from "@medusajs/framework/http"
import type { FieldError, StoreValidationErrorResponse } from "@tadamon/shared"

/** Answers 400 with the field errors, already in the request's language. */
export function sendFieldErrors(res: MedusaResponse, errors: FieldError[]) {
  const body: StoreValidationErrorResponse = {
    type: "invalid_data",
    message: errors.map((error) => error.message).join(" "),
    errors,
  }
  res.status(400).json(body)
}
