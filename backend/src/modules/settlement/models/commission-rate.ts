import { model } from "@medusajs/framework/utils"

/**
 * Tadamon's commission, in percent (0–100) of each sale: one platform-wide rate (`scope`
 * "platform", 0 until organizers set it) and optional per-cooperative overrides (`scope` = the
 * cooperative's id). The rate in force when a sale is recorded is copied onto its commission
 * entry, so changing a rate never rewrites past statements.
 */
const CommissionRate = model.define("commission_rate", {
  id: model.id({ prefix: "crate" }).primaryKey(),
  scope: model.text().unique(),
  cooperative_id: model.text().nullable(),
  rate: model.bigNumber(),
})

export default CommissionRate
