import type { Locale } from "@tadamon/shared/i18n"
import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { localePath } from "@/lib/paths"
import { Breadcrumbs } from "@/modules/common/components/breadcrumbs"
import { LegalBlocks } from "../components/legal-blocks"
import type { LegalValues } from "../components/legal-values"
import type { LegalPageKey } from "../lib/pages"
import "../legal.css"

export type LegalSection = {
  id: string
  /** The section's messages: `title`, then its text (see `LegalBlocks`). */
  messages: { title: string } & Record<string, string>
  /** What the settings add after the text: a reference, the contact details. */
  extra?: ReactNode
}

type Props = {
  locale: Locale
  page: LegalPageKey
  title: string
  lead: string
  /** Under the lead: the version in force. */
  meta?: ReactNode
  sections: LegalSection[]
  values: LegalValues
}

/**
 * The terms, the privacy notice, the legal notice and the contact page: a title and its lead, the
 * sections' list to jump to (long texts on a phone), then one `h2` section each.
 */
export async function LegalPageTemplate({ locale, page, title, lead, meta, sections, values }: Props) {
  const t = await getTranslations({ locale, namespace: "legal" })
  const nav = await getTranslations({ locale, namespace: "nav" })
  const tocId = `legal-toc-${page}`
  return (
    <article className="legal" data-testid="legal-page" data-page={page}>
      <Breadcrumbs locale={locale} items={[{ label: nav("home"), href: localePath(locale) }, { label: title }]} />
      <header className="legal__header">
        <h1>{title}</h1>
        <p className="lead">{lead}</p>
        {meta}
      </header>
      <nav className="legal__toc" aria-labelledby={tocId}>
        <p id={tocId} className="legal__toc-title">
          {t("onThisPage")}
        </p>
        <ol>
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#legal-${section.id}`}>{section.messages.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {sections.map((section) => (
        <section
          key={section.id}
          className="legal__section"
          aria-labelledby={`legal-${section.id}`}
          data-testid={`legal-section-${section.id}`}
        >
          <h2 id={`legal-${section.id}`}>{section.messages.title}</h2>
          <LegalBlocks locale={locale} messages={section.messages} values={values} />
          {section.extra}
        </section>
      ))}
    </article>
  )
}
