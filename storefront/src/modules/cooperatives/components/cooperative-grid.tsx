import type { Locale, StoreCooperative } from "@tadamon/shared"
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
