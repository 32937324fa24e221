import { randomInt } from "node:crypto"
import { MedusaService } from "@medusajs/framework/utils"
import OrderGroup from "./models/order-group"

/** Crockford base32 without I, L, O, U: easy to read out over the phone. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

class OrderGroupModuleService extends MedusaService({
  OrderGroup,
}) {
  /** A new customer-facing reference, e.g. "TDM-4K7Q9X" (about 10⁹ possibilities). */
  generateReference(): string {
    let code = ""
    for (let i = 0; i < 6; i++) {
      code += ALPHABET[randomInt(ALPHABET.length)]
    }
    return `TDM-${code}`
  }
}

export default OrderGroupModuleService
