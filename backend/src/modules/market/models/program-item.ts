import { model } from "@medusajs/framework/utils"
import { PROGRAM_KINDS } from "@tadamon/shared"
import Edition from "./edition"

/** A workshop, seminar or performance of an edition: a Moroccan day and wall-clock times (`HH:MM`). */
const ProgramItem = model
  .define("program_item", {
    id: model.id({ prefix: "mprg" }).primaryKey(),
    kind: model.enum([...PROGRAM_KINDS]),
    title: model.text().translatable(),
    day: model.text(),
    starts_at: model.text(),
    ends_at: model.text().nullable(),
    edition: model.belongsTo(() => Edition, { mappedBy: "program_items" }),
  })
  .indexes([{ on: ["edition_id", "day", "starts_at"] }])

export default ProgramItem
