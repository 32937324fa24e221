import { model } from "@medusajs/framework/utils"
import Edition from "./edition"

/**
 * A cooperative's stand at an edition. `cooperative_id` points into the cooperative module (read
 * through the link in src/links/edition-participant-cooperative.ts); one stand per cooperative and
 * one cooperative per stand number in an edition.
 */
const EditionParticipant = model
  .define("edition_participant", {
    id: model.id({ prefix: "mepa" }).primaryKey(),
    cooperative_id: model.text(),
    stand_number: model.text(),
    edition: model.belongsTo(() => Edition, { mappedBy: "participants" }),
  })
  .indexes([
    { on: ["edition_id", "cooperative_id"], unique: true },
    { on: ["edition_id", "stand_number"], unique: true },
    { on: ["cooperative_id"] },
  ])

export default EditionParticipant
