import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import SmtpNotificationProviderService from "./service"

/** Registered in medusa-config.ts for the `email` channel when SMTP_URL is set. */
export default ModuleProvider(Modules.NOTIFICATION, {
  services: [SmtpNotificationProviderService],
})
