import { z } from "@medusajs/framework/zod"

export const StoreMergeCustomerCart = z
  .object({
    /** The guest cart the storefront held before sign-in, if any. */
    cart_id: z.string().min(1).optional(),
  })
  .strict()
export type StoreMergeCustomerCartType = z.infer<typeof StoreMergeCustomerCart>
