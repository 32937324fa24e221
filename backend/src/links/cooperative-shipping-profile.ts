import { defineLink } from "@medusajs/framework/utils"
import FulfillmentModule from "@medusajs/medusa/fulfillment"
import CooperativeModule from "../modules/cooperative"

/**
 * A cooperative has one shipping profile: its products use it and its shipping options belong
 * to it, so Medusa asks a cart for one shipping method per cooperative.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- Medusa declares its modules' `linkable` as Record<string, any>
export default defineLink(CooperativeModule.linkable.cooperative, FulfillmentModule.linkable.shippingProfile)
