import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { validationMessage } from "@tadamon/shared"
import { consentUpdate, MARKETING_CONSENT_KEY } from "../../domain/privacy/consent"
import { requestLocale } from "./request-locale"
import { sendFieldErrors } from "./validation"

/**
 * `POST /store/customers` and `POST /store/customers/me`: a choice about marketing emails travels
 * as `metadata.marketing_consent: { granted }`; the server checks it is a yes or a no and writes the
 * time before Medusa's handler stores it.
 */
export function recordMarketingConsent(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const body = req.body as { metadata?: unknown } | undefined
  const update = consentUpdate(body?.metadata, new Date())
  if (update.kind === "refused") {
    const message = validationMessage("invalid_value", MARKETING_CONSENT_KEY, requestLocale(req))
    return sendFieldErrors(res, [{ field: update.field, code: "invalid_value", message }])
  }
  if (update.kind === "recorded") {
    ;(body?.metadata as Record<string, unknown>)[MARKETING_CONSENT_KEY] = update.consent
  }
  next()
}
