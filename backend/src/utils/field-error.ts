import { MedusaError } from "@medusajs/framework/utils"
import { vendorValidationMessage, type VendorValidationCode } from "@tadamon/shared"

/**
 * A field error raised inside a workflow's validate step: a MedusaError (`invalid_data`, English
 * message for logs and non-HTTP callers) that also carries the field and code. Both survive the
 * workflow engine's error serialization; the routes turn them into a localized 400
 * (`withFieldErrors` in api/utils/validation.ts).
 */
export function invalidField(field: string, code: VendorValidationCode, detail?: string): MedusaError {
  const error = new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: ${detail ?? vendorValidationMessage(code, field, "en")}`)
  return Object.assign(error, { field, field_code: code })
}
