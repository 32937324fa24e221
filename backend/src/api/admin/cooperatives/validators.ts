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

/** The reason of a rejection (`/reject`) or suspension (`/suspend`): required, shown to the cooperative. */
export const AdminReasonBody = AdminSuspendCooperative
export type AdminReasonBodyType = AdminSuspendCooperativeType

export const AdminTrustCooperative = z.object({ trusted: z.boolean() })
export type AdminTrustCooperativeType = z.infer<typeof AdminTrustCooperative>

export const AdminVerifyDocument = z.object({
  decision: z.enum(["verify", "refuse"]),
  reason: z.string().trim().max(1000).nullish(),
  /** `YYYY-MM-DD`, checked by the workflow (a real day, not past). */
  valid_until: z.string().trim().max(10).nullish(),
})
export type AdminVerifyDocumentType = z.infer<typeof AdminVerifyDocument>

export const AdminGetModerationEvents = z.object({
  limit: z.preprocess(asNumber, z.number().int().min(1).max(100).optional()),
  offset: z.preprocess(asNumber, z.number().int().min(0).optional()),
})
export type AdminGetModerationEventsType = z.infer<typeof AdminGetModerationEvents>
