import { z } from "@medusajs/framework/zod"
import { EDITION_STATUSES } from "@tadamon/shared"

/** Other parameters are ignored (a public route: a cache-busting or tracking parameter is no error). */
export const StoreGetEditions = z.object({ status: z.enum(EDITION_STATUSES).optional() })
export type StoreGetEditionsType = z.infer<typeof StoreGetEditions>
