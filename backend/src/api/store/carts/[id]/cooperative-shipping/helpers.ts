import { SHIPPING_KINDS, type ShippingOptionMetadata, type StoreCooperativeShippingResponse } from "@tadamon/shared"

type Group = StoreCooperativeShippingResponse["cooperatives"][number]
type Option = Group["options"][number]

export type CartLine = { id: string; product_id: string | null; total: number }
export type CooperativeOfProduct = {
  product_id: string
  cooperative: { id: string; handle: string; name: string; shipping_profile_id: string | null }
}
export type PricedOption = { id: string; amount: number }
export type OptionDetails = { id: string; name: string; shipping_profile_id: string | null; metadata: Record<string, unknown> | null }

function metadataOf(option: OptionDetails): ShippingOptionMetadata | null {
  const metadata = option.metadata ?? {}
  const kind = SHIPPING_KINDS.find((known) => known === metadata.kind)
  if (!kind) {
    return null
  }
  const freeAbove = metadata.free_above
  return {
    kind,
    min_hours: Number(metadata.min_hours ?? 0),
    max_hours: Number(metadata.max_hours ?? 0),
    ...(freeAbove !== null && freeAbove !== undefined ? { free_above: Number(freeAbove) } : {}),
  }
}

const roundMoney = (amount: number) => Math.round(amount * 100) / 100

/**
 * Groups a cart's lines by the cooperative that makes each product, in the order the lines
 * appear, with the priced options of the cooperative's shipping profile (Amana, home delivery,
 * pickup) and the option the cart's shipping method uses for that profile.
 */
export function groupCartByCooperative(input: {
  lines: CartLine[]
  products: CooperativeOfProduct[]
  priced: PricedOption[]
  details: OptionDetails[]
  selectedOptionIds: string[]
}): StoreCooperativeShippingResponse {
  const cooperativeByProduct = new Map(input.products.map((product) => [product.product_id, product.cooperative]))
  const detailsById = new Map(input.details.map((option) => [option.id, option]))
  const groups = new Map<string, Group & { profileId: string | null }>()

  for (const line of input.lines) {
    const cooperative = line.product_id ? cooperativeByProduct.get(line.product_id) : undefined
    if (!cooperative) {
      continue
    }
    let group = groups.get(cooperative.id)
    if (!group) {
      group = {
        cooperative: { id: cooperative.id, handle: cooperative.handle, name: cooperative.name },
        item_ids: [],
        subtotal: 0,
        options: [],
        selected_option_id: null,
        profileId: cooperative.shipping_profile_id,
      }
      groups.set(cooperative.id, group)
    }
    group.item_ids.push(line.id)
    group.subtotal = roundMoney(group.subtotal + line.total)
  }

  const groupByProfile = new Map([...groups.values()].flatMap((group) => (group.profileId ? [[group.profileId, group] as const] : [])))
  for (const priced of input.priced) {
    const details = detailsById.get(priced.id)
    const metadata = details && metadataOf(details)
    const group = details?.shipping_profile_id ? groupByProfile.get(details.shipping_profile_id) : undefined
    if (!details || !metadata || !group) {
      continue
    }
    const option: Option = {
      id: details.id,
      name: details.name,
      amount: roundMoney(priced.amount),
      kind: metadata.kind,
      min_hours: metadata.min_hours,
      max_hours: metadata.max_hours,
      free_above: metadata.free_above ?? null,
    }
    group.options.push(option)
  }
  for (const optionId of input.selectedOptionIds) {
    const profileId = detailsById.get(optionId)?.shipping_profile_id
    const group = profileId ? groupByProfile.get(profileId) : undefined
    if (group) {
      group.selected_option_id = optionId
    }
  }

  return {
    cooperatives: [...groups.values()].map(({ profileId: _profileId, ...group }) => ({
      ...group,
      options: group.options.sort((a, b) => SHIPPING_KINDS.indexOf(a.kind) - SHIPPING_KINDS.indexOf(b.kind)),
    })),
  }
}
