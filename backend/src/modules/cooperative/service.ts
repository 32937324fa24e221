import { MedusaService } from "@medusajs/framework/utils"
import Cooperative from "./models/cooperative"

class CooperativeModuleService extends MedusaService({
  Cooperative,
}) {}

export default CooperativeModuleService
