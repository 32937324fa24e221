import type { Locale } from "@tadamon/shared/i18n"
import { getTranslations } from "next-intl/server"
import { localePath } from "@/lib/paths"

function SearchIcon() {
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="m15.5 15.5 5 5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  )
}

/** The header's search: a plain GET form to the search page, usable before any script loads. */
export async function SearchBox({ locale, query = "" }: { locale: Locale; query?: string }) {
  const t = await getTranslations({ locale, namespace: "search" })
  return (
    <form className="search-box" role="search" action={localePath(locale, "/search")} method="get" aria-label={t("label")}>
      <input
        className="search-box__input"
        type="search"
        name="q"
        defaultValue={query}
        placeholder={t("placeholder")}
        aria-label={t("label")}
        maxLength={200}
        enterKeyHint="search"
        autoComplete="off"
        data-testid="search-input"
      />
      <button className="search-box__submit" type="submit" aria-label={t("submit")} data-testid="search-submit">
        <SearchIcon />
      </button>
    </form>
  )
}
