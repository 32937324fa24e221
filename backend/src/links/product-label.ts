import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import CooperativeModule from "../modules/cooperative"

/**
 * The labels a product claims: IGP or organic documents of its own cooperative. The store shows a
 * claimed label only while its document is verified and unexpired.
 */
export default defineLink(
  { linkable: ProductModule.linkable.product, isList: true },
  { linkable: CooperativeModule.linkable.cooperativeDocument, isList: true }
)
