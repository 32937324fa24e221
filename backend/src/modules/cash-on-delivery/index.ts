import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import CashOnDeliveryProviderService from "./service"

/** Registered as the payment provider `pp_cod_cod`. */
export default ModuleProvider(Modules.PAYMENT, {
  services: [CashOnDeliveryProviderService],
})
