import { z } from "@medusajs/framework/zod"

export const StoreEraseCustomer = z
  .object({
    /** The account's password: a session left open on a shared phone cannot erase the account. */
    password: z.string().min(1).max(256),
  })
  .strict()
export type StoreEraseCustomerType = z.infer<typeof StoreEraseCustomer>
