import type { StoreCooperative } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import { CooperativeCard } from "./cooperative-card"

export function CooperativeGrid({ cooperatives, locale }: { cooperatives: StoreCooperative[]; locale: Locale }) {
  return (
    <ul className="grid grid--cooperatives" role="list">
      {cooperatives.map((cooperative) => (
        <li key={cooperative.id}>
          <CooperativeCard cooperative={cooperative} locale={locale} />
        </li>
      ))}
    </ul>
  )
}
