import { z } from "@medusajs/framework/zod"
import { COOPERATIVE_STATUSES } from "@tadamon/shared"

const asNumber = (value: unknown) => (value === undefined || value === "" ? undefined : Number(value))

export const AdminGetCooperatives = z.object({
  status: z.enum(COOPERATIVE_STATUSES).optional(),
  limit: z.preprocess(asNumber, z.number().int().min(1).max(100).optional()),
  offset: z.preprocess(asNumber, z.number().int().min(0).optional()),
})
export type AdminGetCooperativesType = z.infer<typeof AdminGetCooperatives>

export const AdminSuspendCooperative = z.object({
  reason: z
    .string()
    .trim()
    .max(1000)
    .refine((reason) => reason.length > 0, { params: { code: "reason_required" } }),
})
export type AdminSuspendCooperativeType = z.infer<typeof AdminSuspendCooperative>

export const AdminVerifyDocument = z.object({
  decision: z.enum(["verify", "refuse"]),
  reason: z.string().trim().max(1000).nullish(),
})
export type AdminVerifyDocumentType = z.infer<typeof AdminVerifyDocument>
