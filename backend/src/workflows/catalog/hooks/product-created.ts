import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { LinkDefinition } from "@medusajs/framework/types"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { invalidField } from "../../../utils/field-error"

/**
 * A product created with `additional_data.cooperative_id` belongs to that cooperative and ships
 * with the cooperative's shipping profile (so a cart asks for that cooperative's shipping method).
 * While the cooperative is not approved, its products stay out of every sales channel, so no
 * Store API query can reach them.
 */
createProductsWorkflow.hooks.productsCreated(
  async ({ products, additional_data }, { container }) => {
    const cooperativeId = additional_data?.cooperative_id
    if (cooperativeId === undefined || cooperativeId === null) {
      return new StepResponse(undefined, undefined)
    }
    if (typeof cooperativeId !== "string") {
      throw invalidField("additional_data.cooperative_id", "invalid_value", "must be a cooperative id")
    }
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const [cooperative] = await cooperatives.listCooperatives({ id: cooperativeId }, { select: ["id", "status"] })
    if (!cooperative) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `cooperative_id: cooperative ${cooperativeId} was not found`)
    }

    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const links: LinkDefinition[] = products.map((product) => ({
      [COOPERATIVE_MODULE]: { cooperative_id: cooperative.id },
      [Modules.PRODUCT]: { product_id: product.id },
    }))
    await link.create(links)

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [withProfile],
    } = await query.graph({ entity: "cooperative", fields: ["shipping_profile.id"], filters: { id: cooperative.id } })
    const profileId = withProfile?.shipping_profile?.id
    if (profileId) {
      const { data: current } = await query.graph({
        entity: "product",
        fields: ["id", "shipping_profile.id"],
        filters: { id: products.map((product) => product.id) },
      })
      const stale = current.filter((product) => product.shipping_profile?.id && product.shipping_profile.id !== profileId)
      if (stale.length) {
        await link.dismiss(
          stale.map((product) => ({
            [Modules.PRODUCT]: { product_id: product.id },
            [Modules.FULFILLMENT]: { shipping_profile_id: product.shipping_profile?.id as string },
          }))
        )
      }
      const profileLinks: LinkDefinition[] = current
        .filter((product) => product.shipping_profile?.id !== profileId)
        .map((product) => ({
          [Modules.PRODUCT]: { product_id: product.id },
          [Modules.FULFILLMENT]: { shipping_profile_id: profileId },
        }))
      if (profileLinks.length) {
        await link.create(profileLinks)
        links.push(...profileLinks)
      }
    }

    if (cooperative.status !== "approved") {
      const { data } = await query.graph({
        entity: "product",
        fields: ["id", "sales_channels.id"],
        filters: { id: products.map((product) => product.id) },
      })
      const channelLinks: LinkDefinition[] = data.flatMap((product) =>
        (product.sales_channels ?? []).flatMap((channel: { id: string } | null) =>
          channel ? [{ [Modules.PRODUCT]: { product_id: product.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: channel.id } }] : []
        )
      )
      if (channelLinks.length) {
        await link.dismiss(channelLinks)
      }
    }
    return new StepResponse(undefined, links)
  },
  async (links, { container }) => {
    if (!links?.length) {
      return
    }
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.dismiss(links)
  }
)
