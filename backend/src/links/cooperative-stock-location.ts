import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import CooperativeModule from "../modules/cooperative"

/** A cooperative ships from one stock location of its own, where its inventory levels sit. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- Medusa declares its modules' `linkable` as Record<string, any>
export default defineLink(CooperativeModule.linkable.cooperative, StockLocationModule.linkable.stockLocation)
