import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminReviewListResponse } from "@tadamon/shared"
import { adminReviews } from "../../utils/reviews"
import type { AdminGetReviewsParamsType } from "./validators"

/** `GET /admin/reviews?status=&limit=&offset=`: reported reviews first (most reports first), then newest. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminReviewListResponse>) => {
  const { status, limit, offset } = req.validatedQuery as AdminGetReviewsParamsType
  res.json(await adminReviews(req.scope, status, limit ?? 20, offset ?? 0))
}
