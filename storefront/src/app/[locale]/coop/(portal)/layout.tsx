import { setRequestLocale } from "next-intl/server"
import type { ReactNode } from "react"
import { retrieveMember } from "@/lib/data/vendor"
import { pageLocale } from "@/lib/params"
import { PortalShell } from "@/modules/vendor/components/portal-shell"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/**
 * Pages for a signed-in member, in the portal's shell. Each page asks `requireMember` with its own
 * path, which sends anyone else to the sign-in page and back (the layout cannot know the path);
 * the member is read once per request.
 */
export default async function PortalLayout({ children, params }: Props) {
  const locale = pageLocale((await params).locale)
  setRequestLocale(locale)
  const me = await retrieveMember(locale)
  if (!me) {
    return children
  }
  return (
    <PortalShell locale={locale} me={me}>
      {children}
    </PortalShell>
  )
}
