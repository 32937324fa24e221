import { MedusaService } from "@medusajs/framework/utils"
import Edition from "./models/edition"
import EditionParticipant from "./models/edition-participant"
import ProgramItem from "./models/program-item"

/** CRUD for market editions, their stands and program; the rules live in workflows/market. */
class MarketModuleService extends MedusaService({
  Edition,
  EditionParticipant,
  ProgramItem,
}) {}

export default MarketModuleService
