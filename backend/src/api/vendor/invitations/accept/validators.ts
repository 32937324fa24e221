import { z } from "@medusajs/framework/zod"
import { LOCALES, normalizeMoroccanPhone } from "@tadamon/shared"

export const VendorAcceptInvitation = z.object({
  token: z.string().trim().min(1).max(200),
  first_name: z.string().trim().min(1).max(80),
  last_name: z.string().trim().min(1).max(80),
  phone: z
    .string()
    .refine((value) => !value.trim() || !!normalizeMoroccanPhone(value), { params: { code: "invalid_phone" } })
    .nullish(),
  locale: z.enum(LOCALES).optional(),
})
export type VendorAcceptInvitationType = z.infer<typeof VendorAcceptInvitation>
