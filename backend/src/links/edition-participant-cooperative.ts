import { defineLink } from "@medusajs/framework/utils"
import CooperativeModule from "../modules/cooperative"
import MarketModule from "../modules/market"

/**
 * A stand's cooperative, read through the participant's own `cooperative_id` (no link table):
 * `query.graph({ entity: "edition", fields: ["participants.cooperative.name", …] })`.
 */
export default defineLink(
  { linkable: MarketModule.linkable.editionParticipant, field: "cooperative_id" },
  CooperativeModule.linkable.cooperative,
  { readOnly: true }
)
