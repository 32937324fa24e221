import { model } from "@medusajs/framework/utils"
import EditionParticipant from "./edition-participant"
import ProgramItem from "./program-item"

/**
 * One edition of a region's mobile market (السوق المتنقل): a week in one province. Text is stored
 * in Arabic and translated to French and English through Medusa's Translation Module. Its status
 * (upcoming, open, closed) is never stored: `editionStatus` in @tadamon/shared derives it from the
 * Moroccan days `starts_on` and `ends_on` (`YYYY-MM-DD`, both included).
 */
const Edition = model
  .define("edition", {
    id: model.id({ prefix: "medi" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().translatable(),
    venue: model.text().translatable(),
    /** Province code of the shared geography, e.g. `taounate`. */
    province: model.text().index(),
    starts_on: model.text(),
    ends_on: model.text(),
    /** «الدورة الثانية»: the edition's rank in its series, when it has one. */
    edition_number: model.number().nullable(),
    participants: model.hasMany(() => EditionParticipant, { mappedBy: "edition" }),
    program_items: model.hasMany(() => ProgramItem, { mappedBy: "edition" }),
  })
  .cascades({ delete: ["participants", "program_items"] })
  .indexes([{ on: ["starts_on"] }])

export default Edition
