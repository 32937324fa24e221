import type { MiddlewareRoute } from "@medusajs/framework/http"
import { adminReviewRoutesMiddlewares } from "./admin/reviews/middlewares"
import { storeReviewRoutesMiddlewares } from "./store/reviews/middlewares"
import { vendorReviewRoutesMiddlewares } from "./vendor/reviews/middlewares"

/** Reviews' routes for each actor (store, portal, Admin), aggregated in api/middlewares.ts. */
export const reviewRoutesMiddlewares: MiddlewareRoute[] = [
  ...storeReviewRoutesMiddlewares,
  ...vendorReviewRoutesMiddlewares,
  ...adminReviewRoutesMiddlewares,
]
