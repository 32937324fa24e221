import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../utils/validation"
import { StoreFavouriteRef, StoreMergeFavourites } from "../customers/me/favourites/validators"
import { StoreFavouritesUnsubscribe } from "./unsubscribe/validators"

/**
 * Favourites: the customer's own under `/store/customers/me/favourites` (Medusa authenticates
 * `/store/customers/me*`), and the digest's unsubscribe link, which needs no sign-in.
 */
export const storeFavouriteRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/customers/me/favourites",
    middlewares: [validateBody(StoreFavouriteRef)],
  },
  {
    method: ["POST"],
    matcher: "/store/customers/me/favourites/merge",
    middlewares: [validateBody(StoreMergeFavourites)],
  },
  {
    method: ["POST"],
    matcher: "/store/favourites/unsubscribe",
    middlewares: [validateBody(StoreFavouritesUnsubscribe)],
  },
]
