import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import TadamonStripeProviderService from "./service"

/** Registered as `pp_stripe_stripe`, the id Medusa's own Stripe provider has. */
export default ModuleProvider(Modules.PAYMENT, {
  services: [TadamonStripeProviderService],
})
