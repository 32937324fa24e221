import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { VendorReviewListResponse } from "@tadamon/shared"
import { vendorReviews } from "../../utils/reviews"
import { vendorOf } from "../context"
import type { VendorGetReviewsParamsType } from "./validators"

/** `GET /vendor/reviews?limit=&offset=`: reviews of the cooperative's products (hidden ones too), newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<VendorReviewListResponse>) => {
  const { cooperative_id } = vendorOf(req)
  const { limit, offset } = req.validatedQuery as VendorGetReviewsParamsType
  res.json(await vendorReviews(req.scope, cooperative_id, limit ?? 20, offset ?? 0))
}
