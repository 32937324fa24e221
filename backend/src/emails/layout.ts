import { direction, type Locale, type LocalizedText } from "@tadamon/shared"
import { html, type SafeHtml } from "./html"

/** What every template returns: the notification's `content`. */
export type EmailContent = { subject: string; html: string; text: string }

const BRAND: LocalizedText = { ar: "تضامن", fr: "Tadamon", en: "Tadamon" }

const TAGLINE: LocalizedText = {
  ar: "تضامن، السوق الإلكتروني لتعاونيات الاقتصاد الاجتماعي والتضامني بالمغرب.",
  fr: "Tadamon, la place de marché des coopératives de l'économie sociale et solidaire au Maroc.",
  en: "Tadamon, the marketplace of Morocco's social and solidarity economy cooperatives.",
}

const AUTOMATIC: LocalizedText = {
  ar: "هذه رسالة آلية، يرجى عدم الرد عليها.",
  fr: "Ce message est envoyé automatiquement, merci de ne pas y répondre.",
  en: "This message was sent automatically; please do not reply to it.",
}

export const COLORS = { text: "#1f2933", muted: "#616e7c", border: "#e4e7eb", accent: "#0f766e", surface: "#f5f7fa" }

/**
 * A sentence with a value inside, written whole in each language: called with the value as text
 * for the plain-text part and as `isolate(value)` for the HTML part.
 */
export type Fill = <T>(value: T) => Array<string | T>

/** Between a label and its value: French puts a (non-breaking) space before the colon. */
export const COLON: LocalizedText = { ar: ": ", fr: "\u00a0: ", en: ": " }

/** The physical sides of a left-to-right or right-to-left email (clients ignore `start`/`end`). */
export function sides(locale: Locale): { start: "left" | "right"; end: "left" | "right" } {
  return direction(locale) === "rtl" ? { start: "right", end: "left" } : { start: "left", end: "right" }
}

/** A call-to-action link styled as a button. */
export function button(href: string, label: string): SafeHtml {
  return html`<a href="${href}" style="display:inline-block;padding:12px 20px;background:${COLORS.accent};color:#ffffff;text-decoration:none;border-radius:6px;font-weight:bold">${label}</a>`
}

/** Latin text we put inside a sentence (a reference, an email address) keeps its left-to-right order in Arabic. */
export function isolate(text: string): SafeHtml {
  return html`<span dir="ltr">${text}</span>`
}

/** Text someone else wrote (a name, a title, an address) takes its own direction, whatever the email's. */
export function own(text: string): SafeHtml {
  return html`<span dir="auto">${text}</span>`
}

/**
 * The HTML document around a template's body: the language and direction on the root (Arabic
 * right-to-left), inline styles only (email clients drop style sheets), a plain footer.
 */
export function renderDocument(locale: Locale, title: string, body: SafeHtml): string {
  const dir = direction(locale)
  const align = sides(locale).start
  return html`<!DOCTYPE html>
<html lang="${locale}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
</head>
<body dir="${dir}" style="margin:0;padding:0;background:${COLORS.surface};color:${COLORS.text};font-family:Tahoma,Arial,sans-serif;font-size:15px;line-height:1.6">
<table role="presentation" dir="${dir}" width="100%" cellpadding="0" cellspacing="0" style="background:${COLORS.surface}">
<tr><td align="center" style="padding:24px 12px">
<table role="presentation" dir="${dir}" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border:1px solid ${COLORS.border};border-radius:8px;text-align:${align}">
<tr><td style="padding:20px 24px;border-bottom:3px solid ${COLORS.accent};font-size:22px;font-weight:bold;color:${COLORS.accent}">${BRAND[locale]}</td></tr>
<tr><td style="padding:24px">${body}</td></tr>
<tr><td style="padding:16px 24px;border-top:1px solid ${COLORS.border};font-size:12px;color:${COLORS.muted}">${TAGLINE[locale]}<br>${AUTOMATIC[locale]}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>`.value
}

/** The plain-text part: paragraphs separated by blank lines, then the same footer. */
export function renderText(locale: Locale, paragraphs: Array<string | null | false | undefined>): string {
  return [...paragraphs.filter((paragraph): paragraph is string => !!paragraph), "--", `${TAGLINE[locale]}\n${AUTOMATIC[locale]}`].join(
    "\n\n"
  )
}
