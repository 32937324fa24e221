import type { Locale } from "@tadamon/shared"
import { html } from "./html"
import { button, COLON, type EmailContent, type Fill, isolate, renderDocument, renderText } from "./layout"
import { storefrontLink } from "./locale"

export type MemberPasswordResetEmailInput = { email: string; token: string; locale: Locale; validMinutes: number }

type Messages = {
  subject: string
  greeting: string
  intro: Fill
  validity: (minutes: number) => string
  action: string
  fallback: string
  ignore: string
}

const MESSAGES: Record<Locale, Messages> = {
  ar: {
    subject: "تضامن: إعادة تعيين كلمة مرور فضاء التعاونية",
    greeting: "مرحبا،",
    intro: (email) => ["توصلنا بطلب لإعادة تعيين كلمة المرور الخاصة بحسابك (", email, ") في فضاء التعاونيات على تضامن."],
    validity: (minutes) => `اضغط على الزر أدناه لاختيار كلمة مرور جديدة. الرابط صالح لمدة ${minutes} دقيقة ولمرة واحدة.`,
    action: "اختيار كلمة مرور جديدة",
    fallback: "إذا لم يعمل الزر، انسخ هذا الرابط في متصفحك:",
    ignore: "إذا لم تطلب ذلك، تجاهل هذه الرسالة: تبقى كلمة المرور الحالية كما هي.",
  },
  fr: {
    subject: "Tadamon : réinitialisation du mot de passe de l'espace coopérative",
    greeting: "Bonjour,",
    intro: (email) => ["Nous avons reçu une demande de réinitialisation du mot de passe de votre compte (", email, ") de l'espace coopératives de Tadamon."],
    validity: (minutes) =>
      `Cliquez sur le bouton ci-dessous pour choisir un nouveau mot de passe. Le lien est valable ${minutes} minutes et une seule fois.`,
    action: "Choisir un nouveau mot de passe",
    fallback: "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :",
    ignore: "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe actuel reste inchangé.",
  },
  en: {
    subject: "Tadamon: reset your cooperative space password",
    greeting: "Hello,",
    intro: (email) => ["We received a request to reset the password of your account (", email, ") in Tadamon's cooperative space."],
    validity: (minutes) => `Use the button below to choose a new password. The link is valid for ${minutes} minutes and works once.`,
    action: "Choose a new password",
    fallback: "If the button does not work, copy this link into your browser:",
    ignore: "If you did not ask for this, ignore this email: your current password stays the same.",
  },
}

/** The portal's reset page: `/{locale}/coop/reset-password?token=…&email=…`. */
export function memberPasswordResetLink(storefrontUrl: string, input: Pick<MemberPasswordResetEmailInput, "email" | "token" | "locale">): string {
  return storefrontLink(storefrontUrl, input.locale, "/coop/reset-password", { token: input.token, email: input.email })
}

export function renderMemberPasswordResetEmail(input: MemberPasswordResetEmailInput, storefrontUrl: string): EmailContent {
  const t = MESSAGES[input.locale]
  const link = memberPasswordResetLink(storefrontUrl, input)
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
    text: renderText(input.locale, [
      t.greeting,
      t.intro(input.email).join(""),
      t.validity(input.validMinutes),
      `${t.action}${COLON[input.locale].trimEnd()}\n${link}`,
      t.ignore,
    ]),
  }
}
