import { MedusaService } from "@medusajs/framework/utils"
import Cooperative from "./models/cooperative"
import CooperativeDocument from "./models/document"
import CooperativeInvitation from "./models/invitation"
import CooperativeMember from "./models/member"

class CooperativeModuleService extends MedusaService({
  Cooperative,
  CooperativeMember,
  CooperativeDocument,
  CooperativeInvitation,
}) {}

export default CooperativeModuleService
