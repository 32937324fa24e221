// The cooperatives, their shipping (own stock location, profile, options) and the market editions.
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCooperativesWorkflow } from "../../workflows/onboarding/create-cooperatives"
import { createEditionWorkflow } from "../../workflows/market/create-edition"
import { MARKET_MODULE } from "../../modules/market"
import type MarketModuleService from "../../modules/market/service"
import { setUpCooperativeShippingWorkflow } from "../../workflows/onboarding/set-up-cooperative-shipping"
import type { CooperativeInput } from "../../workflows/onboarding/types"
import { COOPERATIVES, REGION_CODE } from "../seed-data/cooperatives"
import { EDITIONS } from "../seed-data/editions"
import { renderCooperativeLogo } from "../seed-data/images"
import { SHIPPING_RATES } from "../seed-data/shipping"
import { mustGet, uploadImages, type Container, type Count } from "./common"

/** Returns cooperative ids by handle. Logos are drawn and uploaded for new cooperatives only. */
export async function ensureCooperatives(container: Container, count: Count): Promise<Map<string, string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cooperative",
    fields: ["id", "handle"],
    filters: { handle: COOPERATIVES.map((cooperative) => cooperative.handle) },
  })
  const ids = new Map<string, string>(data.map((cooperative: { id: string; handle: string }) => [cooperative.handle, cooperative.id]))
  const missing = COOPERATIVES.filter((cooperative) => !ids.has(cooperative.handle))
  if (missing.length) {
    const logos = await uploadImages(
      container,
      await Promise.all(missing.map((cooperative) => renderCooperativeLogo(cooperative.handle, cooperative.sector)))
    )
    const input: CooperativeInput[] = missing.map(({ name, commune, story, ...cooperative }, index) => ({
      ...cooperative,
      region: REGION_CODE,
      name: name.ar,
      commune: commune.ar,
      story: story.ar,
      logo: logos[index],
      translations: {
        fr: { name: name.fr, commune: commune.fr, story: story.fr },
        en: { name: name.en, commune: commune.en, story: story.en },
      },
    }))
    const { result } = await createCooperativesWorkflow(container).run({ input: { cooperatives: input } })
    result.forEach((cooperative) => ids.set(cooperative.handle, cooperative.id))
  }
  count("cooperatives", missing.length, COOPERATIVES.length - missing.length)
  return ids
}

/** A cooperative's stock location and shipping profile. */
export type CooperativeShipping = { locationId: string; profileId: string }

/**
 * Every cooperative, approved or pending, gets its stock location, shipping profile and options
 * (the workflow creates only what is missing). Returns them by cooperative handle.
 */
export async function ensureCooperativeShipping(
  container: Container,
  refs: { cooperativeIds: Map<string, string>; salesChannelId: string },
  count: Count
): Promise<Map<string, CooperativeShipping>> {
  const shipping = new Map<string, CooperativeShipping>()
  let written = 0
  const setUp = async (cooperative: (typeof COOPERATIVES)[number]) => {
    const { result } = await setUpCooperativeShippingWorkflow(container).run({
      input: {
        cooperative_id: mustGet(refs.cooperativeIds, cooperative.handle, "cooperative"),
        sales_channel_id: refs.salesChannelId,
        rates: SHIPPING_RATES[cooperative.handle],
      },
    })
    shipping.set(cooperative.handle, { locationId: result.stock_location_id, profileId: result.shipping_profile_id })
    written += result.created ? 1 : 0
  }
  // One at a time: side by side they contend for the database and take longer.
  for (const cooperative of COOPERATIVES) {
    await setUp(cooperative)
  }
  count("cooperative shipping setups", written, COOPERATIVES.length - written)
  return shipping
}

/** The market editions (with their stands and program, in three languages) whose handle is not taken yet. */
export async function ensureEditions(container: Container, cooperativeIds: Map<string, string>, count: Count) {
  const market: MarketModuleService = container.resolve(MARKET_MODULE)
  const existing = await market.listEditions({ handle: EDITIONS.map((edition) => edition.handle) }, { select: ["handle"], take: null })
  const known = new Set(existing.map((edition) => edition.handle))
  const missing = EDITIONS.filter((edition) => !known.has(edition.handle))
  for (const { stands, ...edition } of missing) {
    await createEditionWorkflow(container).run({
      input: {
        ...edition,
        participants: stands.map(({ cooperative, stand_number }) => ({
          cooperative_id: mustGet(cooperativeIds, cooperative, "cooperative"),
          stand_number,
        })),
      },
    })
  }
  count("market editions", missing.length, known.size)
}
