import { MedusaService } from "@medusajs/framework/utils"
import OrderProgressEvent from "./models/order-progress-event"

class OrderProgressModuleService extends MedusaService({
  OrderProgressEvent,
}) {}

export default OrderProgressModuleService
