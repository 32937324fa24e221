import { z } from "@medusajs/framework/zod"

export const StoreFavouritesUnsubscribe = z
  .object({
    /** The token of the digest's unsubscribe link. */
    token: z.string().min(1).max(512),
  })
  .strict()
export type StoreFavouritesUnsubscribeType = z.infer<typeof StoreFavouritesUnsubscribe>
