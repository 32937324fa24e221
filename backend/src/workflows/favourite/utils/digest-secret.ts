import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * The key that signs the digest's unsubscribe links: the server's cookie secret (medusa-config's
 * COOKIE_SECRET, checked there in production), else its JWT secret. Each token is bound to its
 * purpose (see domain/favourites/digest.ts), so it opens nothing else.
 */
export function digestSecret(container: Pick<MedusaContainer, "resolve">): string {
  const { http } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const secret = http.cookieSecret || http.jwtSecret
  if (typeof secret !== "string" || !secret) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "No cookie or JWT secret is configured: unsubscribe links cannot be signed.")
  }
  return secret
}
