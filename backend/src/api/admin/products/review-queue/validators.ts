import { z } from "@medusajs/framework/zod"

const asNumber = (value: unknown) => (value === undefined || value === "" ? undefined : Number(value))

export const AdminGetReviewQueue = z.object({
  limit: z.preprocess(asNumber, z.number().int().min(1).max(100).optional()),
  offset: z.preprocess(asNumber, z.number().int().min(0).optional()),
})
export type AdminGetReviewQueueType = z.infer<typeof AdminGetReviewQueue>
