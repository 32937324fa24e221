import type { Locale } from "@tadamon/shared"
import { html } from "./html"
import { button, COLON, type EmailContent, type Fill, isolate, own, renderDocument, renderText } from "./layout"
import { storefrontLink } from "./locale"

export type MemberInvitationEmailInput = {
  /** The invited address. */
  email: string
  /** The cooperative's name (Arabic, or its translation in `locale`). */
  cooperativeName: string
  /** Who invited them, e.g. "Khadija Bennani". */
  inviterName: string
  token: string
  locale: Locale
  validDays: number
}

type Messages = {
  subject: (cooperative: string) => string
  greeting: string
  intro: (inviter: string) => Fill
  validity: (days: number) => string
  action: string
  fallback: string
  ignore: string
}

const MESSAGES: Record<Locale, Messages> = {
  ar: {
    subject: (cooperative) => `تضامن: دعوة للانضمام إلى ${cooperative}`,
    greeting: "مرحبا،",
    intro: (inviter) => (cooperative) => [`يدعوك ${inviter} للانضمام إلى فضاء `, cooperative, " على تضامن لتسيير منتوجاتها وطلبياتها."],
    validity: (days) => `أنشئ حسابك بهذا البريد الإلكتروني ثم اقبل الدعوة. الرابط صالح لمدة ${days} أيام ولمرة واحدة.`,
    action: "قبول الدعوة",
    fallback: "إذا لم يعمل الزر، انسخ هذا الرابط في متصفحك:",
    ignore: "إذا لم تكن تنتظر هذه الدعوة، تجاهل هذه الرسالة.",
  },
  fr: {
    subject: (cooperative) => `Tadamon : invitation à rejoindre ${cooperative}`,
    greeting: "Bonjour,",
    intro: (inviter) => (cooperative) => [`${inviter} vous invite à rejoindre l'espace de `, cooperative, " sur Tadamon pour gérer ses produits et ses commandes."],
    validity: (days) => `Créez votre compte avec cette adresse e-mail puis acceptez l'invitation. Le lien est valable ${days} jours et une seule fois.`,
    action: "Accepter l'invitation",
    fallback: "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :",
    ignore: "Si vous n'attendiez pas cette invitation, ignorez ce message.",
  },
  en: {
    subject: (cooperative) => `Tadamon: join ${cooperative}`,
    greeting: "Hello,",
    intro: (inviter) => (cooperative) => [`${inviter} invites you to join `, cooperative, "'s space on Tadamon to manage its products and orders."],
    validity: (days) => `Create your account with this email address, then accept the invitation. The link is valid for ${days} days and works once.`,
    action: "Accept the invitation",
    fallback: "If the button does not work, copy this link into your browser:",
    ignore: "If you were not expecting this invitation, ignore this email.",
  },
}

/** The portal's join page: `/{locale}/coop/join?token=…`. */
export function memberInvitationLink(storefrontUrl: string, input: Pick<MemberInvitationEmailInput, "token" | "locale">): string {
  return storefrontLink(storefrontUrl, input.locale, "/coop/join", { token: input.token })
}

export function renderMemberInvitationEmail(input: MemberInvitationEmailInput, storefrontUrl: string): EmailContent {
  const t = MESSAGES[input.locale]
  const link = memberInvitationLink(storefrontUrl, input)
  const subject = t.subject(input.cooperativeName)
  const intro = t.intro(input.inviterName)
  const body = html`<p style="margin:0 0 12px">${t.greeting}</p>
<p style="margin:0 0 12px">${intro(own(input.cooperativeName))}</p>
<p style="margin:0 0 20px">${t.validity(input.validDays)} ${isolate(input.email)}</p>
<p style="margin:0 0 20px">${button(link, t.action)}</p>
<p style="margin:0 0 4px;font-size:13px">${t.fallback}</p>
<p style="margin:0 0 20px;font-size:13px;word-break:break-all" dir="ltr"><a href="${link}">${link}</a></p>
<p style="margin:0;font-size:13px">${t.ignore}</p>`
  return {
    subject,
    html: renderDocument(input.locale, subject, body),
    text: renderText(input.locale, [
      t.greeting,
      intro(input.cooperativeName).join(""),
      `${t.validity(input.validDays)} ${input.email}`,
      `${t.action}${COLON[input.locale].trimEnd()}\n${link}`,
      t.ignore,
    ]),
  }
}
