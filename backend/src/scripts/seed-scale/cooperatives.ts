// Generated approved cooperatives, created and given shipping the way the demo seed does it.
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCooperativesWorkflow } from "../../workflows/onboarding/create-cooperatives"
import { setUpCooperativeShippingWorkflow } from "../../workflows/onboarding/set-up-cooperative-shipping"
import type { CooperativeInput } from "../../workflows/onboarding/types"
import { COOPERATIVES } from "../seed-data/cooperatives"
import type { Container, Count } from "../seed-steps/common"
import type { CooperativeShipping } from "../seed-steps/cooperatives"
import { generatedCooperatives } from "./generate"

const CREATE_BATCH = 50

type StoredCooperative = {
  id: string
  handle: string
  stock_location?: { id: string } | null
  shipping_profile?: { id: string } | null
}

/**
 * Creates the generated cooperatives that do not exist yet, approved, with the demo cooperatives'
 * logos (one per sector: nothing is drawn or uploaded), then sets up shipping for those without a
 * stock location and shipping profile. Returns their ids and shipping by handle.
 */
export async function ensureGeneratedCooperatives(
  container: Container,
  refs: { salesChannelId: string },
  count: Count
): Promise<{ ids: Map<string, string>; shipping: Map<string, CooperativeShipping> }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const wanted = generatedCooperatives()
  const stored = async (): Promise<StoredCooperative[]> =>
    (
      await query.graph({
        entity: "cooperative",
        fields: ["id", "handle", "stock_location.id", "shipping_profile.id"],
        filters: { handle: wanted.map((cooperative) => cooperative.handle) },
      })
    ).data

  const before = await stored()
  const known = new Set(before.map((cooperative) => cooperative.handle))
  const missing = wanted.filter((cooperative) => !known.has(cooperative.handle))
  if (missing.length) {
    const { data: demo } = await query.graph({
      entity: "cooperative",
      fields: ["sector", "logo"],
      filters: { handle: COOPERATIVES.map((cooperative) => cooperative.handle) },
    })
    const logoBySector = new Map(demo.map((cooperative: { sector: string; logo: string | null }) => [cooperative.sector, cooperative.logo]))
    const input: CooperativeInput[] = missing.map(({ name, commune, story, rates: _rates, ...cooperative }) => ({
      ...cooperative,
      name: name.ar,
      commune: commune.ar,
      story: story.ar,
      logo: logoBySector.get(cooperative.sector) ?? null,
      translations: {
        fr: { name: name.fr, commune: commune.fr, story: story.fr },
        en: { name: name.en, commune: commune.en, story: story.en },
      },
    }))
    for (let start = 0; start < input.length; start += CREATE_BATCH) {
      await createCooperativesWorkflow(container).run({ input: { cooperatives: input.slice(start, start + CREATE_BATCH) } })
    }
  }
  count("generated cooperatives", missing.length, known.size)

  const rows = missing.length ? await stored() : before
  const ids = new Map(rows.map((cooperative) => [cooperative.handle, cooperative.id]))
  const shipping = new Map<string, CooperativeShipping>()
  let written = 0
  // One at a time, as the demo seed: side by side they contend for the database.
  const rowByHandle = new Map(rows.map((row) => [row.handle, row]))
  for (const cooperative of wanted) {
    const row = rowByHandle.get(cooperative.handle)
    if (!row) {
      continue
    }
    if (row.stock_location?.id && row.shipping_profile?.id) {
      shipping.set(cooperative.handle, { locationId: row.stock_location.id, profileId: row.shipping_profile.id })
      continue
    }
    const { result } = await setUpCooperativeShippingWorkflow(container).run({
      input: { cooperative_id: row.id, sales_channel_id: refs.salesChannelId, rates: cooperative.rates },
    })
    shipping.set(cooperative.handle, { locationId: result.stock_location_id, profileId: result.shipping_profile_id })
    written += 1
  }
  count("generated cooperative shipping setups", written, wanted.length - written)
  return { ids, shipping }
}
