import { model } from "@medusajs/framework/utils"
import { REMITTANCE_OUTCOMES } from "@tadamon/shared"
import CodRemittance from "./cod-remittance"

/**
 * One line of an imported remittance statement and what became of it (see `REMITTANCE_OUTCOMES`
 * in @tadamon/shared): captured, or flagged for organizers with the reason.
 */
const CodRemittanceLine = model
  .define("cod_remittance_line", {
    id: model.id({ prefix: "creml" }).primaryKey(),
    line: model.number(),
    tracking_number: model.text().nullable(),
    amount: model.bigNumber().nullable(),
    paid_on: model.text().nullable(),
    outcome: model.enum([...REMITTANCE_OUTCOMES]),
    error: model.text().nullable(),
    order_id: model.text().index().nullable(),
    cooperative_id: model.text().nullable(),
    expected_amount: model.bigNumber().nullable(),
    delivery_recorded: model.boolean().default(false),
    message: model.text().nullable(),
    remittance: model.belongsTo(() => CodRemittance, { mappedBy: "lines" }),
  })

export default CodRemittanceLine
