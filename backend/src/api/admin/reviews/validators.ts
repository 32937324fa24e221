import { z } from "@medusajs/framework/zod"
import { REVIEW_HIDE_REASON_MAX, REVIEW_STATUSES } from "@tadamon/shared"

const integer = (min: number, max?: number) =>
  z.preprocess(
    (value) => (value === undefined || value === "" ? undefined : Number(value)),
    max === undefined ? z.number().int().min(min).optional() : z.number().int().min(min).max(max).optional()
  )

export const AdminGetReviewsParams = z.strictObject({
  status: z.enum(REVIEW_STATUSES).optional(),
  limit: integer(1, 100),
  offset: integer(0),
})
export type AdminGetReviewsParamsType = z.infer<typeof AdminGetReviewsParams>

export const AdminHideReviewBody = z.strictObject({
  reason: z.string().trim().min(3).max(REVIEW_HIDE_REASON_MAX),
})
export type AdminHideReviewBodyType = z.infer<typeof AdminHideReviewBody>

export const AdminRestoreReviewBody = z.strictObject({})
