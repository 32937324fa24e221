import { z } from "@medusajs/framework/zod"
import { REVIEW_ANSWER_MAX } from "@tadamon/shared"

export { ReviewPageParams as VendorGetReviewsParams, type ReviewPageParamsType as VendorGetReviewsParamsType } from "../../store/reviews/validators"

/** The answer as the cooperative wrote it; blank is refused (an answer is removed by no route). */
export const VendorAnswerReviewBody = z.strictObject({
  text: z
    .string()
    .max(REVIEW_ANSWER_MAX)
    .refine((value) => value.trim().length > 0, { params: { code: "required" } }),
})
export type VendorAnswerReviewBodyType = z.infer<typeof VendorAnswerReviewBody>
