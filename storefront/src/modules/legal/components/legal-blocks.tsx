import type { Locale } from "@tadamon/shared/i18n"
import { createTranslator } from "next-intl"
import type { ReactNode } from "react"
import type { LegalValues } from "./legal-values"

/**
 * A section's text: its messages after `title`, in the catalog's order. `p…` keys are paragraphs,
 * `li…` keys list items; consecutive items make one list.
 */
export function LegalBlocks({ locale, messages, values }: { locale: Locale; messages: Record<string, string>; values: LegalValues }) {
  const t = createTranslator({ locale, messages })
  const blocks: ReactNode[] = []
  let items: ReactNode[] = []
  const closeList = () => {
    if (items.length > 0) {
      blocks.push(<ul key={`list-${blocks.length}`}>{items}</ul>)
      items = []
    }
  }
  for (const key of Object.keys(messages)) {
    if (key.startsWith("li")) {
      items.push(<li key={key}>{t.rich(key, values)}</li>)
    } else if (key.startsWith("p")) {
      closeList()
      blocks.push(<p key={key}>{t.rich(key, values)}</p>)
    }
  }
  closeList()
  return <>{blocks}</>
}
