import type { Locale } from "@tadamon/shared"
import { html } from "./html"
import { COLON, type EmailContent, own, renderDocument, renderText } from "./layout"
import { storefrontLink } from "./locale"

export type FavouritesDigestInput = {
  locale: Locale
  cooperatives: Array<{
    name: string
    handle: string
    /** Products published since the last digest. */
    products: Array<{ title: string; handle: string }>
    /** Upcoming market editions it will take part in, announced since the last digest. */
    editions: Array<{ name: string; handle: string; starts_on: string; ends_on: string; venue: string; stand_number: string }>
  }>
  /** The token of the unsubscribe link (no sign-in needed). */
  unsubscribeToken: string
}

type Messages = {
  subject: string
  greeting: string
  intro: string
  newProducts: string
  markets: string
  stand: (stand: string) => string
  dates: (from: string, to: string) => string
  manage: string
  unsubscribe: string
}

const MESSAGES: Record<Locale, Messages> = {
  ar: {
    subject: "تضامن: جديد التعاونيات التي تتابعها",
    greeting: "مرحبا،",
    intro: "هذا جديد التعاونيات التي تتابعها على تضامن هذا الأسبوع.",
    newProducts: "منتجات جديدة",
    markets: "ستشارك في السوق المتنقل",
    stand: (stand) => `الرواق ${stand}`,
    dates: (from, to) => `من ${from} إلى ${to}`,
    manage: "تجد التعاونيات التي تتابعها في صفحة «المفضلة» في حسابك.",
    unsubscribe: "لا تريد هذه الرسالة الأسبوعية؟ ألغِ الاشتراك",
  },
  fr: {
    subject: "Tadamon : les nouveautés des coopératives que vous suivez",
    greeting: "Bonjour,",
    intro: "Voici les nouveautés de la semaine des coopératives que vous suivez sur Tadamon.",
    newProducts: "Nouveaux produits",
    markets: "Sera présente au marché itinérant",
    stand: (stand) => `stand ${stand}`,
    dates: (from, to) => `du ${from} au ${to}`,
    manage: "Retrouvez les coopératives que vous suivez dans la page « Favoris » de votre compte.",
    unsubscribe: "Vous ne voulez plus de cet e-mail hebdomadaire ? Désabonnez-vous",
  },
  en: {
    subject: "Tadamon: news from the cooperatives you follow",
    greeting: "Hello,",
    intro: "Here is this week's news from the cooperatives you follow on Tadamon.",
    newProducts: "New products",
    markets: "Will be at the mobile market",
    stand: (stand) => `stand ${stand}`,
    dates: (from, to) => `from ${from} to ${to}`,
    manage: "Find the cooperatives you follow on the Favourites page of your account.",
    unsubscribe: "Don't want this weekly email? Unsubscribe",
  },
}

const DAY_FORMAT: Record<Locale, string> = { ar: "ar-MA", fr: "fr-MA", en: "en-GB" }

/** A market day (`YYYY-MM-DD`) as the email's readers write dates. */
function formatDay(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(DAY_FORMAT[locale], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${day}T12:00:00Z`))
}

export function favouritesDigestUnsubscribeLink(storefrontUrl: string, locale: Locale, token: string): string {
  return storefrontLink(storefrontUrl, locale, "/unsubscribe", { token })
}

/** The weekly email of a customer's followed cooperatives: their new products and coming markets. */
export function renderFavouritesDigestEmail(input: FavouritesDigestInput, storefrontUrl: string): EmailContent {
  const t = MESSAGES[input.locale]
  const link = (path: string) => storefrontLink(storefrontUrl, input.locale, path)
  const unsubscribe = favouritesDigestUnsubscribeLink(storefrontUrl, input.locale, input.unsubscribeToken)
  const colon = COLON[input.locale]

  const sections = input.cooperatives.map(
    (cooperative) => html`<h2 style="margin:20px 0 8px;font-size:17px"><a href="${link(`/cooperatives/${cooperative.handle}`)}">${own(cooperative.name)}</a></h2>
${cooperative.products.length ? html`<p style="margin:0 0 4px;font-weight:bold">${t.newProducts}</p>
<ul style="margin:0 0 12px;padding-inline-start:20px">${cooperative.products.map((product) => html`<li><a href="${link(`/products/${product.handle}`)}">${own(product.title)}</a></li>`)}</ul>` : ""}
${cooperative.editions.length ? html`<p style="margin:0 0 4px;font-weight:bold">${t.markets}</p>
<ul style="margin:0 0 12px;padding-inline-start:20px">${cooperative.editions.map(
      (edition) => html`<li><a href="${link(`/markets/${edition.handle}`)}">${own(edition.name)}</a>${colon}${t.dates(formatDay(edition.starts_on, input.locale), formatDay(edition.ends_on, input.locale))}, ${own(edition.venue)} (${t.stand(edition.stand_number)})</li>`
    )}</ul>` : ""}`
  )
  const body = html`<p style="margin:0 0 12px">${t.greeting}</p>
<p style="margin:0 0 12px">${t.intro}</p>
${sections}
<p style="margin:20px 0 12px">${t.manage}</p>
<p style="margin:0;font-size:13px">${t.unsubscribe}${colon}<a href="${unsubscribe}">${unsubscribe}</a></p>`

  const textSections = input.cooperatives.map((cooperative) =>
    [
      `${cooperative.name}\n${link(`/cooperatives/${cooperative.handle}`)}`,
      cooperative.products.length ? `${t.newProducts}${colon.trimEnd()}\n${cooperative.products.map((product) => `- ${product.title}: ${link(`/products/${product.handle}`)}`).join("\n")}` : "",
      cooperative.editions.length
        ? `${t.markets}${colon.trimEnd()}\n${cooperative.editions
            .map((edition) => `- ${edition.name}, ${t.dates(formatDay(edition.starts_on, input.locale), formatDay(edition.ends_on, input.locale))}, ${edition.venue} (${t.stand(edition.stand_number)})`)
            .join("\n")}`
        : "",
    ]
      .filter(Boolean)
      .join("\n")
  )
  return {
    subject: t.subject,
    html: renderDocument(input.locale, t.subject, body),
    text: renderText(input.locale, [t.greeting, t.intro, ...textSections, t.manage, `${t.unsubscribe}${colon.trimEnd()}\n${unsubscribe}`]),
  }
}
