import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { TERMS_METADATA_KEY, validationMessage } from "@tadamon/shared"
import { acceptanceUpdate } from "../../domain/orders/terms"
import { requestLocale } from "./request-locale"
import { sendFieldErrors } from "./validation"

/**
 * `POST /store/carts` and `POST /store/carts/:id`: the customer accepts the terms of sale through the
 * cart's own metadata (`{ metadata: { terms_acceptance: { version } } }`, which any Medusa client can
 * send). Only the version in force is accepted, and the server writes the time: the body's
 * acceptance is replaced by what is recorded before Medusa's handler sees it.
 */
export function recordTermsAcceptance(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const body = req.body as { metadata?: unknown } | undefined
  const update = acceptanceUpdate(body?.metadata, new Date())
  if (update.kind === "refused") {
    const message = validationMessage(update.code, TERMS_METADATA_KEY, requestLocale(req))
    return sendFieldErrors(res, [{ field: update.field, code: update.code, message }])
  }
  if (update.kind === "accepted") {
    ;(body?.metadata as Record<string, unknown>)[TERMS_METADATA_KEY] = update.acceptance
  }
  next()
}
