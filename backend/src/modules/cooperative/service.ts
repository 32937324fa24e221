import { MedusaService } from "@medusajs/framework/utils"
import Cooperative from "./models/cooperative"
import CooperativeDocument from "./models/document"
import CooperativeInvitation from "./models/invitation"
import CooperativeMember from "./models/member"
import ModerationEvent from "./models/moderation-event"
import CooperativeUpload from "./models/upload"

class CooperativeModuleService extends MedusaService({
  Cooperative,
  CooperativeMember,
  CooperativeDocument,
  CooperativeInvitation,
  ModerationEvent,
  CooperativeUpload,
}) {}

export default CooperativeModuleService
