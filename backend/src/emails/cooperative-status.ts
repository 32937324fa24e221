import type { Locale } from "@tadamon/shared"
import { html } from "./html"
import { button, COLON, type EmailContent, type Fill, own, renderDocument, renderText } from "./layout"
import { storefrontLink } from "./locale"

/**
 * What the organizers decided about a cooperative: `approved` (it sells), `rejected` (its
 * application was refused: suspended while still pending), `suspended` (it sold, and no longer does).
 */
export type CooperativeDecision = "approved" | "rejected" | "suspended"

export type CooperativeStatusEmailInput = {
  decision: CooperativeDecision
  cooperativeName: string
  /** Why it was refused or suspended. */
  reason: string | null
  locale: Locale
}

type Messages = { subject: string; greeting: string; body: Fill; next: string; reason: string; action: string }

const MESSAGES: Record<CooperativeDecision, Record<Locale, Messages>> = {
  approved: {
    ar: {
      subject: "تضامن: تمت الموافقة على تعاونيتكم",
      greeting: "مرحبا،",
      body: (name) => ["يسعدنا إخباركم بأن فريق تضامن وافق على طلب ", name, "."],
      next: "منتوجاتكم المنشورة معروضة الآن للبيع، ويمكنكم إضافة منتوجات جديدة من فضاء التعاونية.",
      reason: "",
      action: "فتح فضاء التعاونية",
    },
    fr: {
      subject: "Tadamon : votre coopérative est approuvée",
      greeting: "Bonjour,",
      body: (name) => ["Bonne nouvelle : l'équipe Tadamon a approuvé la candidature de ", name, "."],
      next: "Vos produits publiés sont désormais en vente ; vous pouvez en proposer d'autres depuis l'espace coopérative.",
      reason: "",
      action: "Ouvrir l'espace coopérative",
    },
    en: {
      subject: "Tadamon: your cooperative is approved",
      greeting: "Hello,",
      body: (name) => ["Good news: the Tadamon team approved the application of ", name, "."],
      next: "Your published products are now on sale; you can propose more from the cooperative space.",
      reason: "",
      action: "Open the cooperative space",
    },
  },
  rejected: {
    ar: {
      subject: "تضامن: لم تُقبل طلبية انضمام تعاونيتكم",
      greeting: "مرحبا،",
      body: (name) => ["درس فريق تضامن طلب ", name, " ولم يتمكن من قبوله في الوقت الحالي."],
      next: "يمكنكم التواصل مع المنظمين لاستكمال الملف.",
      reason: "السبب",
      action: "فتح فضاء التعاونية",
    },
    fr: {
      subject: "Tadamon : la candidature de votre coopérative n'a pas été retenue",
      greeting: "Bonjour,",
      body: (name) => ["L'équipe Tadamon a étudié la candidature de ", name, " et ne peut pas l'accepter pour le moment."],
      next: "Vous pouvez contacter les organisateurs pour compléter votre dossier.",
      reason: "Motif",
      action: "Ouvrir l'espace coopérative",
    },
    en: {
      subject: "Tadamon: your cooperative's application was not accepted",
      greeting: "Hello,",
      body: (name) => ["The Tadamon team reviewed the application of ", name, " and cannot accept it for now."],
      next: "You can contact the organizers to complete your file.",
      reason: "Reason",
      action: "Open the cooperative space",
    },
  },
  suspended: {
    ar: {
      subject: "تضامن: تم تعليق تعاونيتكم",
      greeting: "مرحبا،",
      body: (name) => ["علّق فريق تضامن نشاط ", name, " على المنصة: لم تعد منتوجاتكم معروضة للبيع."],
      next: "يبقى بإمكانكم الاطلاع على معطياتكم وطلبياتكم. تواصلوا مع المنظمين لرفع التعليق.",
      reason: "السبب",
      action: "فتح فضاء التعاونية",
    },
    fr: {
      subject: "Tadamon : votre coopérative est suspendue",
      greeting: "Bonjour,",
      body: (name) => ["L'équipe Tadamon a suspendu ", name, " : vos produits ne sont plus en vente."],
      next: "Vous pouvez toujours consulter vos données et vos commandes. Contactez les organisateurs pour lever la suspension.",
      reason: "Motif",
      action: "Ouvrir l'espace coopérative",
    },
    en: {
      subject: "Tadamon: your cooperative is suspended",
      greeting: "Hello,",
      body: (name) => ["The Tadamon team suspended ", name, ": your products are no longer on sale."],
      next: "You can still read your data and orders. Contact the organizers to lift the suspension.",
      reason: "Reason",
      action: "Open the cooperative space",
    },
  },
}

/** The portal's home: `/{locale}/coop`. */
export function cooperativePortalLink(storefrontUrl: string, locale: Locale): string {
  return storefrontLink(storefrontUrl, locale, "/coop")
}

export function renderCooperativeStatusEmail(input: CooperativeStatusEmailInput, storefrontUrl: string): EmailContent {
  const t = MESSAGES[input.decision][input.locale]
  const link = cooperativePortalLink(storefrontUrl, input.locale)
  const reason = input.decision !== "approved" && input.reason ? input.reason : null
  const body = html`<p style="margin:0 0 12px">${t.greeting}</p>
<p style="margin:0 0 12px">${t.body(own(input.cooperativeName))}</p>
${reason ? html`<p style="margin:0 0 12px"><strong>${t.reason}${COLON[input.locale]}</strong>${own(reason)}</p>` : ""}
<p style="margin:0 0 20px">${t.next}</p>
<p style="margin:0">${button(link, t.action)}</p>`
  return {
    subject: t.subject,
    html: renderDocument(input.locale, t.subject, body),
    text: renderText(input.locale, [
      t.greeting,
      t.body(input.cooperativeName).join(""),
      reason && `${t.reason}${COLON[input.locale]}${reason}`,
      t.next,
      `${t.action}${COLON[input.locale].trimEnd()}\n${link}`,
    ]),
  }
}
