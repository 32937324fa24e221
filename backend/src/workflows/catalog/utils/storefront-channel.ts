import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** The title of the storefront's publishable key (and of its sales channel in the seed). */
export const STOREFRONT_KEY_TITLE = "Tadamon storefront"

/**
 * The sales channel the storefront sells through: the one linked to the publishable key titled
 * "Tadamon storefront", otherwise the store's default sales channel.
 */
export async function storefrontSalesChannelId(container: Pick<MedusaContainer, "resolve">): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: keys } = await query.graph({
    entity: "api_key",
    fields: ["id", "revoked_at", "sales_channels.id"],
    filters: { title: STOREFRONT_KEY_TITLE, type: "publishable" },
  })
  for (const key of keys) {
    const channel = key.revoked_at ? undefined : key.sales_channels?.find((channel) => !!channel?.id)
    if (channel) {
      return channel.id
    }
  }
  const {
    data: [store],
  } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
  if (!store?.default_sales_channel_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "No storefront sales channel: no publishable key titled \"Tadamon storefront\" and no default channel")
  }
  return store.default_sales_channel_id
}
