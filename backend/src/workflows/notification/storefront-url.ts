import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * The public storefront address links in emails point to: medusa-config's `admin.storefrontUrl`,
 * Medusa's setting for "links to provide to customers" (from STOREFRONT_URL).
 */
export function storefrontUrl(container: Pick<MedusaContainer, "resolve">): string {
  const url = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).admin.storefrontUrl
  if (!url) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "admin.storefrontUrl is not configured: emails cannot link to the storefront.")
  }
  return url
}

/** The notification channel every Tadamon email goes out on (SMTP, or the local logger without SMTP_URL). */
export const EMAIL_CHANNEL = "email"
