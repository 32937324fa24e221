import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"

/** The cooperative fields a store product may carry (`fields=+cooperative.*`). */
export const storeProductCooperativeFields = [
  "cooperative.id",
  "cooperative.handle",
  "cooperative.name",
  "cooperative.province",
  "cooperative.commune",
  "cooperative.sector",
  "cooperative.logo",
]

function allowCooperativeFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  req.allowed = [...(req.allowed ?? []), ...storeProductCooperativeFields]
  next()
}

/**
 * A wildcard matcher: Medusa registers wildcard routes before static ones, so this runs before
 * the core `/store/products` query validation that reads `req.allowed`.
 */
export const storeProductRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/products*", middlewares: [allowCooperativeFields] },
]
