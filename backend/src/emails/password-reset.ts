import type { Locale } from "@tadamon/shared"
import { html } from "./html"
import { button, COLON, type EmailContent, type Fill, isolate, renderDocument, renderText } from "./layout"
import { storefrontLink } from "./locale"

/** Whose password: a customer's account, or a cooperative member's (the portal). */
export type PasswordResetAudience = "customer" | "member"

export type PasswordResetEmailInput = {
  /** `customer` unless given. */
  audience?: PasswordResetAudience
  /** The account's email address (Medusa's `entity_id`). */
  email: string
  /** The reset token from the `auth.password_reset` event. */
  token: string
  locale: Locale
  /** How long the token is valid. */
  validMinutes: number
}

type Messages = {
  greeting: string
  validity: (minutes: number) => string
  action: string
  fallback: string
  ignore: string
}

const MESSAGES: Record<Locale, Messages> = {
  ar: {
    greeting: "مرحبا،",
    validity: (minutes) => `اضغط على الزر أدناه لاختيار كلمة مرور جديدة. الرابط صالح لمدة ${minutes} دقيقة ولمرة واحدة.`,
    action: "اختيار كلمة مرور جديدة",
    fallback: "إذا لم يعمل الزر، انسخ هذا الرابط في متصفحك:",
    ignore: "إذا لم تطلب ذلك، تجاهل هذه الرسالة: تبقى كلمة المرور الحالية كما هي.",
  },
  fr: {
    greeting: "Bonjour,",
    validity: (minutes) =>
      `Cliquez sur le bouton ci-dessous pour choisir un nouveau mot de passe. Le lien est valable ${minutes} minutes et une seule fois.`,
    action: "Choisir un nouveau mot de passe",
    fallback: "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :",
    ignore: "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe actuel reste inchangé.",
  },
  en: {
    greeting: "Hello,",
    validity: (minutes) => `Use the button below to choose a new password. The link is valid for ${minutes} minutes and works once.`,
    action: "Choose a new password",
    fallback: "If the button does not work, copy this link into your browser:",
    ignore: "If you did not ask for this, ignore this email: your current password stays the same.",
  },
}

/** What differs between a customer's account and a member's cooperative space. */
const AUDIENCES: Record<PasswordResetAudience, { path: string; messages: Record<Locale, { subject: string; intro: Fill }> }> = {
  customer: {
    path: "/account/reset-password",
    messages: {
      ar: {
        subject: "تضامن: إعادة تعيين كلمة المرور",
        intro: (email) => ["توصلنا بطلب لإعادة تعيين كلمة المرور الخاصة بحسابك (", email, ") على تضامن."],
      },
      fr: {
        subject: "Tadamon : réinitialisation de votre mot de passe",
        intro: (email) => ["Nous avons reçu une demande de réinitialisation du mot de passe de votre compte Tadamon (", email, ")."],
      },
      en: {
        subject: "Tadamon: reset your password",
        intro: (email) => ["We received a request to reset the password of your Tadamon account (", email, ")."],
      },
    },
  },
  member: {
    path: "/coop/reset-password",
    messages: {
      ar: {
        subject: "تضامن: إعادة تعيين كلمة مرور فضاء التعاونية",
        intro: (email) => ["توصلنا بطلب لإعادة تعيين كلمة المرور الخاصة بحسابك (", email, ") في فضاء التعاونيات على تضامن."],
      },
      fr: {
        subject: "Tadamon : réinitialisation du mot de passe de l'espace coopérative",
        intro: (email) => ["Nous avons reçu une demande de réinitialisation du mot de passe de votre compte (", email, ") de l'espace coopératives de Tadamon."],
      },
      en: {
        subject: "Tadamon: reset your cooperative space password",
        intro: (email) => ["We received a request to reset the password of your account (", email, ") in Tadamon's cooperative space."],
      },
    },
  },
}

/**
 * The link the storefront's reset page reads: `/{locale}/account/reset-password?token=…&email=…`
 * for customers, `/{locale}/coop/reset-password?…` for cooperative members.
 */
export function passwordResetLink(storefrontUrl: string, input: Pick<PasswordResetEmailInput, "audience" | "email" | "token" | "locale">): string {
  const { path } = AUDIENCES[input.audience ?? "customer"]
  return storefrontLink(storefrontUrl, input.locale, path, { token: input.token, email: input.email })
}

export function renderPasswordResetEmail(input: PasswordResetEmailInput, storefrontUrl: string): EmailContent {
  const t = { ...MESSAGES[input.locale], ...AUDIENCES[input.audience ?? "customer"].messages[input.locale] }
  const link = passwordResetLink(storefrontUrl, input)
  const body = html`<p style="margin:0 0 12px">${t.greeting}</p>
<p style="margin:0 0 12px">${t.intro(isolate(input.email))}</p>
<p style="margin:0 0 20px">${t.validity(input.validMinutes)}</p>
<p style="margin:0 0 20px">${button(link, t.action)}</p>
<p style="margin:0 0 4px;font-size:13px">${t.fallback}</p>
<p style="margin:0 0 20px;font-size:13px;word-break:break-all" dir="ltr"><a href="${link}">${link}</a></p>
<p style="margin:0;font-size:13px">${t.ignore}</p>`

  return {
    subject: t.subject,
    html: renderDocument(input.locale, t.subject, body),
    text: renderText(input.locale, [t.greeting, t.intro(input.email).join(""), t.validity(input.validMinutes), `${t.action}${COLON[input.locale].trimEnd()}\n${link}`, t.ignore]),
  }
}
