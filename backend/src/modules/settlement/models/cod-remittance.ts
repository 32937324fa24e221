import { model } from "@medusajs/framework/utils"
import CodRemittanceLine from "./cod-remittance-line"

/**
 * One carrier's cash-on-delivery remittance statement, as organizers imported it: who, when, the
 * file's name, and the counts of its report. Its lines keep each line's outcome.
 */
const CodRemittance = model.define("cod_remittance", {
  id: model.id({ prefix: "crem" }).primaryKey(),
  carrier: model.enum(["amana"]).default("amana"),
  filename: model.text().nullable(),
  imported_by: model.text().nullable(),
  currency_code: model.text(),
  line_count: model.number().default(0),
  captured_count: model.number().default(0),
  flagged_count: model.number().default(0),
  captured_amount: model.bigNumber().default(0),
  lines: model.hasMany(() => CodRemittanceLine, { mappedBy: "remittance" }),
})

export default CodRemittance
