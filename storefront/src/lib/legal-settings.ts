import "server-only"
import { formatMoroccanPhone, normalizeMoroccanPhone } from "@tadamon/shared/geography"

/**
 * The settings the legal pages and the contact page show (`/legal/terms`, `/legal/privacy`,
 * `/legal/notice`, `/contact`): who to write to or call, who hosts the site, who directs the
 * publication, and the reference of the declaration to the CNDP (law 09-08). Like lib/env.ts for
 * the infrastructure, this is the one module that reads them from the environment, at run time on
 * the server: a deployment changes them without a new build.
 *
 * Nothing here is `NEXT_PUBLIC_*`: none of it is inlined into a bundle.
 */

const DEFAULT_CONTACT_EMAIL = "contact@tadamon.ma"
const DEFAULT_CONTACT_PHONE = "+212535000000"

export type ContactPhone = {
  /** As shown: `+212 5 35 00 00 00`. */
  display: string
  /** For `tel:` links: `+212535000000`. */
  href: string
}

export type LegalSettings = {
  contactEmail: string
  contactPhone: ContactPhone
  /** Who hosts the storefront; null: the page says so in its own words, in the page's language. */
  hostName: string | null
  /** The publication director's name; null: the page names the role, in the page's language. */
  publicationDirector: string | null
  /** The CNDP's reference for the declaration; null while the declaration is in progress. */
  cndpReference: string | null
}

function setting(name: string): string | null {
  const value = process.env[name]?.trim()
  return value ? value : null
}

/** A Moroccan number as people write it, shown `+212 5 35 00 00 00`; another number is kept as written. */
function contactPhone(value: string): ContactPhone {
  const e164 = normalizeMoroccanPhone(value)
  if (e164) {
    return { display: formatMoroccanPhone(e164), href: e164 }
  }
  return { display: value, href: value.replace(/[^\d+]/g, "") }
}

export function legalSettings(): LegalSettings {
  return {
    contactEmail: setting("TADAMON_CONTACT_EMAIL") ?? DEFAULT_CONTACT_EMAIL,
    contactPhone: contactPhone(setting("TADAMON_CONTACT_PHONE") ?? DEFAULT_CONTACT_PHONE),
    hostName: setting("TADAMON_HOST_NAME"),
    publicationDirector: setting("TADAMON_PUBLICATION_DIRECTOR"),
    cndpReference: setting("TADAMON_CNDP_REFERENCE"),
  }
}
