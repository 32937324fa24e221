import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"

/**
 * The cooperative fields a store product may carry (`fields=+cooperative.*`), its seller's identity
 * (law 31-08) among them. Only approved cooperatives' products are on sale, so only theirs show.
 */
export const storeProductCooperativeFields = [
  "cooperative.id",
  "cooperative.handle",
  "cooperative.name",
  "cooperative.province",
  "cooperative.commune",
  "cooperative.sector",
  "cooperative.logo",
  "cooperative.legal_registration_number",
  "cooperative.region",
  "cooperative.contact_phone",
  "cooperative.contact_email",
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
