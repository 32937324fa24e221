import { z } from "@medusajs/framework/zod"

export const AdminReviewProduct = z.object({
  decision: z.enum(["publish", "reject"]),
  reason: z.string().trim().max(1000).nullish(),
})
export type AdminReviewProductType = z.infer<typeof AdminReviewProduct>
