"use client"

import { usePathname, useSearchParams } from "next/navigation"
import type { Locale } from "@tadamon/shared/i18n"
import { switchLocalePath } from "@/lib/paths"

type Props = {
  current: Locale
  languages: { locale: Locale; name: string }[]
}

/**
 * Links to the page being read, in each language. A client island because the header lives in the
 * layout, which client-side navigation does not re-render: the links must follow the URL.
 */
export function LanguageLinks({ current, languages }: Props) {
  const pathname = usePathname()
  const search = useSearchParams().toString()
  const here = search ? `${pathname}?${search}` : pathname
  const locales = languages.map((language) => language.locale)

  return (
    <ul>
      {languages.map(({ locale, name }) => (
        <li key={locale}>
          <a
            href={switchLocalePath(here, locale, locales)}
            hrefLang={locale}
            lang={locale}
            aria-current={locale === current ? "true" : undefined}
          >
            {name}
          </a>
        </li>
      ))}
    </ul>
  )
}
