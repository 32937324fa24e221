import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import TimingSafeEmailPassService from "./service"

/**
 * Replaces Medusa's emailpass auth provider under the same id (`au_emailpass`): registered in
 * medusa-config.ts as the Auth Module's provider `emailpass`.
 */
export default ModuleProvider(Modules.AUTH, {
  services: [TimingSafeEmailPassService],
})
