import { z } from "@medusajs/framework/zod"
import { REVIEW_LANGUAGES, REVIEW_RATING_MAX, REVIEW_RATING_MIN, REVIEW_TEXT_MAX } from "@tadamon/shared"

const id = (field: string) =>
  z
    .string({ message: `Field '${field}' is required` })
    .trim()
    .min(1)
    .max(100)

/** Text kept as written (no trimming of the stored value); only its length is checked. */
export const StoreCreateReviewBody = z.strictObject({
  order_id: id("order_id"),
  line_item_id: id("line_item_id"),
  rating: z.number().int().min(REVIEW_RATING_MIN).max(REVIEW_RATING_MAX),
  text: z.string().max(REVIEW_TEXT_MAX).nullish(),
  language: z.enum(REVIEW_LANGUAGES),
})
export type StoreCreateReviewBodyType = z.infer<typeof StoreCreateReviewBody>

export const StoreReportReviewBody = z.strictObject({})

const integer = (min: number, max?: number) =>
  z.preprocess(
    (value) => (value === undefined || value === "" ? undefined : Number(value)),
    max === undefined ? z.number().int().min(min).optional() : z.number().int().min(min).max(max).optional()
  )

export const ReviewPageParams = z.strictObject({
  limit: integer(1, 50),
  offset: integer(0, 100000),
})
export type ReviewPageParamsType = z.infer<typeof ReviewPageParams>

const idList = z.preprocess(
  (value) => (value === undefined ? undefined : Array.isArray(value) ? value : [value]),
  z.array(z.string().min(1).max(100)).max(100).optional()
)

/** `product_id` (one or several, up to 100) and/or `cooperative_id`. */
export const StoreReviewAggregatesParams = z.strictObject({
  product_id: idList,
  cooperative_id: z.string().min(1).max(100).optional(),
})
export type StoreReviewAggregatesParamsType = z.infer<typeof StoreReviewAggregatesParams>

export const StoreCustomerReviewsParams = z.strictObject({
  order_id: z.string().min(1).max(100).optional(),
})
export type StoreCustomerReviewsParamsType = z.infer<typeof StoreCustomerReviewsParams>
