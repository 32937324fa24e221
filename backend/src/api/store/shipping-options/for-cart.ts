/**
 * Which of Medusa's shipping options a cart can use, and what they are called. Medusa lists every
 * option its sales channel's stock locations serve (every cooperative's); a cart can use only the
 * options of the shipping profiles of its own lines, one parcel per cooperative. Pure rules: the
 * route reads the records, this decides.
 */

export type CartLineStock = {
  product_id: string | null
  quantity: number
  variant?: {
    manage_inventory?: boolean | null
    allow_backorder?: boolean | null
    inventory_items?: Array<{
      inventory?: {
        requires_shipping?: boolean | null
        location_levels?: Array<{ location_id: string; available_quantity?: unknown } | null> | null
      } | null
    } | null> | null
  } | null
}

export type ProfileOwner = { shipping_profile_id: string; cooperative_name: string }

export type ListedOption = {
  id: string
  name: string
  shipping_profile_id: string
  insufficient_inventory?: boolean
  service_zone?: { fulfillment_set?: { location?: { id?: string } | null } | null } | null
}

/** A line lacks stock at a location when one of its shipped, managed inventory items has too little there (Medusa's rule). */
function lacksStockAt(line: CartLineStock, locationId: string | undefined): boolean {
  const variant = line.variant
  if (!variant?.manage_inventory || variant.allow_backorder) {
    return false
  }
  return (variant.inventory_items ?? []).some((link) => {
    const inventory = link?.inventory
    if (!inventory?.requires_shipping) {
      return false
    }
    const level = (inventory.location_levels ?? []).find((candidate) => candidate?.location_id === locationId)
    return !level || Number(level.available_quantity ?? 0) < line.quantity
  })
}

/**
 * The options of the cart's own shipping profiles, each named after the cooperative whose parcel it
 * carries ("Amana · تعاونية النحل") and with `insufficient_inventory` judged on that cooperative's
 * lines only (Medusa judges every line of the cart against every option's location).
 * `profileOfProduct` maps a product to its cooperative's shipping profile.
 */
export function shippingOptionsForCart<T extends ListedOption>(input: {
  options: T[]
  lines: CartLineStock[]
  profileOfProduct: Map<string, ProfileOwner>
  /** The option names in the request's language, by option id (falls back to the listed name). */
  names?: Map<string, string>
}): T[] {
  const linesByProfile = new Map<string, { owner: ProfileOwner; lines: CartLineStock[] }>()
  for (const line of input.lines) {
    const owner = line.product_id ? input.profileOfProduct.get(line.product_id) : undefined
    if (!owner) {
      continue
    }
    const entry = linesByProfile.get(owner.shipping_profile_id) ?? { owner, lines: [] }
    entry.lines.push(line)
    linesByProfile.set(owner.shipping_profile_id, entry)
  }
  return input.options.flatMap((option) => {
    const entry = linesByProfile.get(option.shipping_profile_id)
    if (!entry) {
      return []
    }
    const locationId = option.service_zone?.fulfillment_set?.location?.id
    const name = input.names?.get(option.id) ?? option.name
    return [
      {
        ...option,
        name: `${name} · ${entry.owner.cooperative_name}`,
        insufficient_inventory: entry.lines.some((line) => lacksStockAt(line, locationId)),
      },
    ]
  })
}
