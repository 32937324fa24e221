import { MedusaService } from "@medusajs/framework/utils"
import Cooperative from "./models/cooperative"
import CooperativeMember from "./models/member"

class CooperativeModuleService extends MedusaService({
  Cooperative,
  CooperativeMember,
}) {}

export default CooperativeModuleService
