import { z } from "@medusajs/framework/zod"
import { normalizeMoroccanPhone } from "@tadamon/shared"

/** An empty text clears the field (null); absent leaves it as it is. */
const cleared = (value: unknown) => (typeof value === "string" && !value.trim() ? null : value)

/** `POST /vendor/cooperative`: the contact details customers read as the seller's. */
export const VendorUpdateCooperative = z
  .object({
    contact_phone: z.preprocess(
      cleared,
      z
        .string()
        .refine((value) => !!normalizeMoroccanPhone(value), { params: { code: "invalid_phone" } })
        .nullish()
    ),
    contact_email: z.preprocess(cleared, z.string().trim().max(254).pipe(z.email()).nullish()),
  })
  .strict()
export type VendorUpdateCooperativeType = z.infer<typeof VendorUpdateCooperative>
