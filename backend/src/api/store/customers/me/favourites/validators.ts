import { z } from "@medusajs/framework/zod"
import { FAVOURITE_ID_MAX_LENGTH, FAVOURITE_KINDS, GUEST_FAVOURITES_MAX, isFavouriteId } from "@tadamon/shared"

/** A product (`prod_…`) or a cooperative (`coop_…`), by id. */
export const StoreFavouriteRef = z
  .object({
    kind: z.enum(FAVOURITE_KINDS),
    id: z.string().min(1).max(FAVOURITE_ID_MAX_LENGTH),
  })
  .strict()
  .superRefine((ref, ctx) => {
    if (!isFavouriteId(ref.kind, ref.id)) {
      ctx.addIssue({ code: "custom", path: ["id"], message: "invalid_value", params: { code: "invalid_value" } })
    }
  })
export type StoreFavouriteRefType = z.infer<typeof StoreFavouriteRef>

/** A guest's favourites, as the storefront kept them in its cookie. */
export const StoreMergeFavourites = z
  .object({
    items: z.array(StoreFavouriteRef).max(GUEST_FAVOURITES_MAX),
  })
  .strict()
export type StoreMergeFavouritesType = z.infer<typeof StoreMergeFavourites>
