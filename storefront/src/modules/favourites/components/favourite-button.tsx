import type { FavouriteKind } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import { getTranslations } from "next-intl/server"
import { toggleFavourite } from "@/lib/actions/favourites"
import { isFavourite } from "@/lib/data/favourites"
import "../favourites.css"

type Props = {
  locale: Locale
  kind: FavouriteKind
  id: string
  /** The product's title or the cooperative's name, for the button's accessible name. */
  name: string
  /** `icon`: the heart alone (product cards); `labelled`: heart and text (product and cooperative pages). */
  variant?: "icon" | "labelled"
  /** The page to come back to (the Referer otherwise). */
  returnPath?: string
}

/**
 * The heart: a toggle button (`aria-pressed`) in a form posting to `toggleFavourite`, so it works
 * without script. Its name says what it does (on cards, to what); the pressed state, and the filled
 * heart, say whether it is saved.
 */
export async function FavouriteButton({ locale, kind, id, name, variant = "icon", returnPath }: Props) {
  const t = await getTranslations({ locale, namespace: "favourites" })
  const saved = await isFavourite(kind, id)
  const label = kind === "product" ? t("saveProduct", { name }) : t("followCooperative", { name })
  // The visible text stays the same whatever the state (the name of a toggle button does not change).
  const text = kind === "product" ? t("save") : t("follow")
  return (
    <form action={toggleFavourite} className={`favourite favourite--${variant}`}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="saved" value={saved ? "false" : "true"} />
      {returnPath ? <input type="hidden" name="return" value={returnPath} /> : null}
      <button
        type="submit"
        className="favourite__button"
        aria-pressed={saved}
        aria-label={variant === "icon" ? label : undefined}
        title={variant === "icon" ? label : undefined}
        data-testid={`favourite-${kind}`}
      >
        <svg className="favourite__heart" viewBox="0 0 24 24" aria-hidden="true" focusable="false" width="20" height="20">
          <path d="M12 21s-7.5-4.6-9.6-9.2C.9 8.4 3 4.5 6.7 4.5c2.1 0 3.6 1.1 4.4 2.5h1.8c.8-1.4 2.3-2.5 4.4-2.5 3.7 0 5.8 3.9 4.3 7.3C19.5 16.4 12 21 12 21z" />
        </svg>
        {variant === "labelled" ? <span>{text}</span> : null}
      </button>
    </form>
  )
}
