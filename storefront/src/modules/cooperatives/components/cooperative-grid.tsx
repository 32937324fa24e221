import type { StoreCooperative } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import { CooperativeCard } from "./cooperative-card"

type Props = {
  cooperatives: StoreCooperative[]
  locale: Locale
  /** The cards' title level (see CooperativeCard). */
  heading?: "h2" | "h3"
}

export function CooperativeGrid({ cooperatives, locale, heading }: Props) {
  return (
    <ul className="grid grid--cooperatives" role="list">
      {cooperatives.map((cooperative) => (
        <li key={cooperative.id}>
          <CooperativeCard cooperative={cooperative} locale={locale} heading={heading} />
        </li>
      ))}
    </ul>
  )
}
