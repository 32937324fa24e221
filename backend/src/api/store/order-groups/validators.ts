import { z } from "@medusajs/framework/zod"

export const StoreGetOrderGroupParams = z.object({
  email: z.string().trim().email({ message: "Field 'email' must be the order's email address" }).optional(),
})
export type StoreGetOrderGroupParamsType = z.infer<typeof StoreGetOrderGroupParams>

export const StoreGetOrderGroupsParams = z.object({
  limit: z.preprocess((v) => (v === undefined ? undefined : Number(v)), z.number().int().min(1).max(50).optional()),
  offset: z.preprocess((v) => (v === undefined ? undefined : Number(v)), z.number().int().min(0).optional()),
})
export type StoreGetOrderGroupsParamsType = z.infer<typeof StoreGetOrderGroupsParams>
