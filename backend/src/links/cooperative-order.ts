import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import CooperativeModule from "../modules/cooperative"

/** A cooperative receives many orders; an order is for one cooperative. */
export default defineLink(CooperativeModule.linkable.cooperative, {
  linkable: OrderModule.linkable.order,
  isList: true,
})
