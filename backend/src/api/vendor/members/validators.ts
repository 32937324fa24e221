import { z } from "@medusajs/framework/zod"
import { LOCALES } from "@tadamon/shared"

export const VendorCreateInvitation = z.object({
  email: z.string().trim().min(1).max(200).pipe(z.email()),
  locale: z.enum(LOCALES).optional(),
})
export type VendorCreateInvitationType = z.infer<typeof VendorCreateInvitation>
