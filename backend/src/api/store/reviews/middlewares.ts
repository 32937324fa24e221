import {
  authenticate,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validation"
import { ReviewPageParams, StoreCreateReviewBody, StoreCustomerReviewsParams, StoreReportReviewBody, StoreReviewAggregatesParams } from "./validators"

const signedInCustomer = authenticate("customer", ["session", "bearer"])
const anyVisitor = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

/**
 * Writing a review takes a signed-in customer; reporting one takes anyone (a signed-in customer is
 * counted as themself). A wildcard matcher, so the customer is known before the rate limits count
 * the request under their account (Medusa runs wildcard middlewares before static ones).
 */
function reviewAuth(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const path = req.originalUrl.split("?")[0].replace(/\/$/, "").toLowerCase()
  return path === "/store/reviews" ? signedInCustomer(req, res, next) : anyVisitor(req, res, next)
}

export const storeReviewRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/reviews*", middlewares: [reviewAuth] },
  { method: ["POST"], matcher: "/store/reviews", middlewares: [validateBody(StoreCreateReviewBody)] },
  { method: ["POST"], matcher: "/store/reviews/:id/report", middlewares: [validateBody(StoreReportReviewBody)] },
  { method: ["GET"], matcher: "/store/reviews/aggregates", middlewares: [validateQuery(StoreReviewAggregatesParams)] },
  { method: ["GET"], matcher: "/store/products/:id/reviews", middlewares: [validateQuery(ReviewPageParams)] },
  { method: ["GET"], matcher: "/store/customers/me/reviews", middlewares: [validateQuery(StoreCustomerReviewsParams)] },
]
