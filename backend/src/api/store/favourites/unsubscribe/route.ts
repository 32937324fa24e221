import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { StoreFavouritesUnsubscribeResponse } from "@tadamon/shared"
import { verifyUnsubscribeToken } from "../../../../domain/favourites/digest"
import { LocalizedFieldError } from "../../../../utils/localized-field-error"
import { digestSecret } from "../../../../workflows/favourite/utils/digest-secret"
import { unsubscribeFavouritesDigestWorkflow } from "../../../../workflows/favourite/unsubscribe-favourites-digest"
import type { StoreFavouritesUnsubscribeType } from "./validators"

/**
 * The weekly digest's unsubscribe link, without signing in: the token is the customer's id signed
 * with the server's secret. A token it did not sign answers 400 `invalid_link` on `token`.
 */
export const POST = async (req: MedusaRequest<StoreFavouritesUnsubscribeType>, res: MedusaResponse<StoreFavouritesUnsubscribeResponse>) => {
  const customerId = verifyUnsubscribeToken(req.validatedBody.token, digestSecret(req.scope))
  if (!customerId) {
    throw new LocalizedFieldError(MedusaError.Types.INVALID_DATA, [{ field: "token", code: "invalid_link" }])
  }
  await unsubscribeFavouritesDigestWorkflow(req.scope).run({ input: { customer_id: customerId } })
  res.json({ unsubscribed: true })
}
