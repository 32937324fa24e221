import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import CooperativeModule from "../modules/cooperative"

/** A cooperative makes many products; a product belongs to exactly one cooperative. */
export default defineLink(CooperativeModule.linkable.cooperative, {
  linkable: ProductModule.linkable.product,
  isList: true,
})
