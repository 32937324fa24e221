import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { HttpTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listShippingOptionsForCartWorkflow } from "@medusajs/medusa/core-flows"
import { shippingOptionsForCart, type CartLineStock, type ListedOption, type ProfileOwner } from "./for-cart"
import { invalidField } from "../../../utils/field-error"

type Filters = { cart_id?: string; is_return?: boolean | string }

/**
 * Medusa's `GET /store/shipping-options?cart_id=`, for a cart that holds several cooperatives'
 * goods: Medusa's own listing and pricing, limited to the shipping profiles of the cart's lines,
 * each option named after the cooperative whose parcel it carries, in the request's language, and
 * its stock judged on that cooperative's lines. Tadamon's storefront reads the same options grouped
 * by cooperative from `GET /store/carts/:id/cooperative-shipping`.
 */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse<HttpTypes.StoreShippingOptionListResponse>) => {
  const { cart_id: cartId, is_return: isReturn } = req.filterableFields as Filters
  if (!cartId) {
    throw invalidField("cart_id", "required")
  }
  const { result } = await listShippingOptionsForCartWorkflow(req.scope).run({
    input: { cart_id: cartId, is_return: isReturn === true || isReturn === "true", fields: req.queryConfig.fields },
  })
  const listed = result as unknown as Array<HttpTypes.StoreCartShippingOptionWithServiceZone & ListedOption>

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "items.product_id",
      "items.quantity",
      "items.variant.manage_inventory",
      "items.variant.allow_backorder",
      "items.variant.inventory_items.inventory.requires_shipping",
      // Medusa's own listing reads the levels this way (available_quantity is computed).
      "items.variant.inventory_items.inventory.location_levels.*",
    ],
    filters: { id: cartId },
  })
  const lines = ((cart?.items ?? []) as Array<CartLineStock | null>).flatMap((line) => (line ? [line] : []))
  const productIds = [...new Set(lines.flatMap((line) => line.product_id ?? []))]

  const { data: products } = productIds.length
    ? await query.graph(
        { entity: "product", fields: ["id", "cooperative.name", "cooperative.shipping_profile.id"], filters: { id: productIds } },
        { locale: req.locale }
      )
    : { data: [] }
  const profileOfProduct = new Map<string, ProfileOwner>()
  for (const product of products as Array<{ id: string; cooperative?: { name: string; shipping_profile?: { id: string } | null } | null }>) {
    const profileId = product.cooperative?.shipping_profile?.id
    if (product.cooperative && profileId) {
      profileOfProduct.set(product.id, { shipping_profile_id: profileId, cooperative_name: product.cooperative.name })
    }
  }

  const optionIds = listed.map((option) => option.id)
  const { data: named } = optionIds.length
    ? await query.graph({ entity: "shipping_option", fields: ["id", "name"], filters: { id: optionIds } }, { locale: req.locale })
    : { data: [] }
  const names = new Map((named as Array<{ id: string; name: string }>).map((option) => [option.id, option.name]))

  res.json({ shipping_options: shippingOptionsForCart({ options: listed, lines, profileOfProduct, names }) })
}
