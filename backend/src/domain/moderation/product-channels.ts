import type { ProductStatus } from "@medusajs/framework/utils"
import { sameSet } from "../catalog/product-input"

/** What the channel rule needs to know of a product. */
export type ChannelledProduct = {
  id: string
  status: string
  sales_channel_ids: string[]
  shipping_profile_id: string | null
}

export type ProductChannelUpdate = {
  id: string
  status?: ProductStatus
  sales_channels: { id: string }[]
  shipping_profile_id?: string
  metadata?: Record<string, unknown>
}

/**
 * The one rule for where a cooperative's product is sold: a published product of an approved
 * cooperative is in the storefront channel (and only there); every other product is in none.
 */
export function wantedChannels(status: string, cooperativeApproved: boolean, storefrontChannelId: string | null): string[] {
  return status === "published" && cooperativeApproved && storefrontChannelId ? [storefrontChannelId] : []
}

/**
 * `updateProductsWorkflow` inputs that bring products in line with the rule (only those that
 * differ), giving them the cooperative's shipping profile on the way when they lack it.
 */
export function channelUpdates(
  products: ChannelledProduct[],
  { approved, channelId, profileId }: { approved: boolean; channelId: string | null; profileId?: string | null }
): ProductChannelUpdate[] {
  return products.flatMap((product) => {
    const wanted = wantedChannels(product.status, approved, channelId)
    const channelsDiffer = !sameSet(wanted, product.sales_channel_ids)
    const profileDiffers = !!profileId && product.shipping_profile_id !== profileId
    if (!channelsDiffer && !profileDiffers) {
      return []
    }
    return [
      {
        id: product.id,
        sales_channels: wanted.map((id) => ({ id })),
        ...(profileDiffers && profileId ? { shipping_profile_id: profileId } : {}),
      },
    ]
  })
}
