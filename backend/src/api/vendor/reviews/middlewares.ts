import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validation"
import { VendorAnswerReviewBody, VendorGetReviewsParams } from "./validators"

/** `/vendor/reviews…` (sign-in and the member's cooperative: api/vendor/middlewares.ts). */
export const vendorReviewRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/vendor/reviews", middlewares: [validateQuery(VendorGetReviewsParams)] },
  { method: ["POST"], matcher: "/vendor/reviews/:id/answer", middlewares: [validateBody(VendorAnswerReviewBody)] },
]
