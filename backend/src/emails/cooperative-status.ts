import type { Locale } from "@tadamon/shared"
import { html } from "./html"
import { button, COLON, type EmailContent, type Fill, own, renderDocument, renderText } from "./layout"
import { storefrontLink } from "./locale"

/**
 * What the organizers decided about a cooperative: `approved` (it sells), `rejected` (its
 * application was refused), `suspended` (it sold, and no longer does), `reinstated` (it sells
 * again); about one of its documents (`document_verified`, `document_refused`, `document_expired`,
 * the last one found by the daily job) or one of its products (`product_published`, `product_rejected`).
 */
export const COOPERATIVE_DECISIONS = [
  "approved",
  "rejected",
  "suspended",
  "reinstated",
  "document_verified",
  "document_refused",
  "document_expired",
  "product_published",
  "product_rejected",
] as const
export type CooperativeDecision = (typeof COOPERATIVE_DECISIONS)[number]

/** Decisions that carry the reason the organizers gave. */
const WITH_REASON: readonly CooperativeDecision[] = ["rejected", "suspended", "document_refused", "product_rejected"]

export type CooperativeStatusEmailInput = {
  decision: CooperativeDecision
  cooperativeName: string
  /** Why it was refused, suspended or rejected. */
  reason: string | null
  locale: Locale
  /** What the decision is about, for documents (its type, in the locale) and products (its title). */
  subjectName?: string | null
}

type Messages = {
  subject: string
  greeting: string
  /** Filled with the cooperative's name, then (documents, products) what the decision is about. */
  body: (name: string, about: string) => string[]
  next: string
  reason: string
  action: string
}

/** The older messages name only the cooperative. */
function named(fill: Fill): Messages["body"] {
  return (name) => fill(name)
}

const MESSAGES: Record<CooperativeDecision, Record<Locale, Messages>> = {
  approved: {
    ar: {
      subject: "تضامن: تمت الموافقة على تعاونيتكم",
      greeting: "مرحبا،",
      body: named((name) => ["يسعدنا إخباركم بأن فريق تضامن وافق على طلب ", name, "."]),
      next: "منتوجاتكم المنشورة معروضة الآن للبيع، ويمكنكم إضافة منتوجات جديدة من فضاء التعاونية.",
      reason: "",
      action: "فتح فضاء التعاونية",
    },
    fr: {
      subject: "Tadamon : votre coopérative est approuvée",
      greeting: "Bonjour,",
      body: named((name) => ["Bonne nouvelle : l'équipe Tadamon a approuvé la candidature de ", name, "."]),
      next: "Vos produits publiés sont désormais en vente ; vous pouvez en proposer d'autres depuis l'espace coopérative.",
      reason: "",
      action: "Ouvrir l'espace coopérative",
    },
    en: {
      subject: "Tadamon: your cooperative is approved",
      greeting: "Hello,",
      body: named((name) => ["Good news: the Tadamon team approved the application of ", name, "."]),
      next: "Your published products are now on sale; you can propose more from the cooperative space.",
      reason: "",
      action: "Open the cooperative space",
    },
  },
  rejected: {
    ar: {
      subject: "تضامن: لم تُقبل طلبية انضمام تعاونيتكم",
      greeting: "مرحبا،",
      body: named((name) => ["درس فريق تضامن طلب ", name, " ولم يتمكن من قبوله في الوقت الحالي."]),
      next: "يمكنكم التواصل مع المنظمين لاستكمال الملف.",
      reason: "السبب",
      action: "فتح فضاء التعاونية",
    },
    fr: {
      subject: "Tadamon : la candidature de votre coopérative n'a pas été retenue",
      greeting: "Bonjour,",
      body: named((name) => ["L'équipe Tadamon a étudié la candidature de ", name, " et ne peut pas l'accepter pour le moment."]),
      next: "Vous pouvez contacter les organisateurs pour compléter votre dossier.",
      reason: "Motif",
      action: "Ouvrir l'espace coopérative",
    },
    en: {
      subject: "Tadamon: your cooperative's application was not accepted",
      greeting: "Hello,",
      body: named((name) => ["The Tadamon team reviewed the application of ", name, " and cannot accept it for now."]),
      next: "You can contact the organizers to complete your file.",
      reason: "Reason",
      action: "Open the cooperative space",
    },
  },
  suspended: {
    ar: {
      subject: "تضامن: تم تعليق تعاونيتكم",
      greeting: "مرحبا،",
      body: named((name) => ["علّق فريق تضامن نشاط ", name, " على المنصة: لم تعد منتوجاتكم معروضة للبيع."]),
      next: "يبقى بإمكانكم الاطلاع على معطياتكم وطلبياتكم. تواصلوا مع المنظمين لرفع التعليق.",
      reason: "السبب",
      action: "فتح فضاء التعاونية",
    },
    fr: {
      subject: "Tadamon : votre coopérative est suspendue",
      greeting: "Bonjour,",
      body: named((name) => ["L'équipe Tadamon a suspendu ", name, " : vos produits ne sont plus en vente."]),
      next: "Vous pouvez toujours consulter vos données et vos commandes. Contactez les organisateurs pour lever la suspension.",
      reason: "Motif",
      action: "Ouvrir l'espace coopérative",
    },
    en: {
      subject: "Tadamon: your cooperative is suspended",
      greeting: "Hello,",
      body: named((name) => ["The Tadamon team suspended ", name, ": your products are no longer on sale."]),
      next: "You can still read your data and orders. Contact the organizers to lift the suspension.",
      reason: "Reason",
      action: "Open the cooperative space",
    },
  },
  reinstated: {
    ar: {
      subject: "تضامن: تم رفع التعليق عن تعاونيتكم",
      greeting: "مرحبا،",
      body: (name) => ["رفع فريق تضامن التعليق عن ", name, "."],
      next: "منتوجاتكم المنشورة معروضة للبيع من جديد.",
      reason: "",
      action: "فتح فضاء التعاونية",
    },
    fr: {
      subject: "Tadamon : votre coopérative est rétablie",
      greeting: "Bonjour,",
      body: (name) => ["L'équipe Tadamon a levé la suspension de ", name, "."],
      next: "Vos produits publiés sont de nouveau en vente.",
      reason: "",
      action: "Ouvrir l'espace coopérative",
    },
    en: {
      subject: "Tadamon: your cooperative is reinstated",
      greeting: "Hello,",
      body: (name) => ["The Tadamon team lifted the suspension of ", name, "."],
      next: "Your published products are on sale again.",
      reason: "",
      action: "Open the cooperative space",
    },
  },
  document_verified: {
    ar: {
      subject: "تضامن: تم التحقق من وثيقتكم",
      greeting: "مرحبا،",
      body: (name, about) => ["تحقق فريق تضامن من وثيقة «", about, "» الخاصة بـ ", name, "."],
      next: "تبقى الوثيقة سارية إلى غاية تاريخ انتهاء صلاحيتها المبين في فضاء التعاونية.",
      reason: "",
      action: "فتح فضاء التعاونية",
    },
    fr: {
      subject: "Tadamon : votre document est vérifié",
      greeting: "Bonjour,",
      body: (name, about) => ["L'équipe Tadamon a vérifié le document « ", about, " » de ", name, "."],
      next: "Il compte jusqu'à sa date d'expiration, indiquée dans l'espace coopérative.",
      reason: "",
      action: "Ouvrir l'espace coopérative",
    },
    en: {
      subject: "Tadamon: your document is verified",
      greeting: "Hello,",
      body: (name, about) => ["The Tadamon team verified the document “", about, "” of ", name, "."],
      next: "It counts until its expiry date, shown in the cooperative space.",
      reason: "",
      action: "Open the cooperative space",
    },
  },
  document_refused: {
    ar: {
      subject: "تضامن: لم تُقبل إحدى وثائقكم",
      greeting: "مرحبا،",
      body: (name, about) => ["لم يقبل فريق تضامن وثيقة «", about, "» الخاصة بـ ", name, "."],
      next: "يمكنكم إضافة وثيقة جديدة من فضاء التعاونية.",
      reason: "السبب",
      action: "فتح فضاء التعاونية",
    },
    fr: {
      subject: "Tadamon : un de vos documents a été refusé",
      greeting: "Bonjour,",
      body: (name, about) => ["L'équipe Tadamon a refusé le document « ", about, " » de ", name, "."],
      next: "Vous pouvez en déposer un nouveau depuis l'espace coopérative.",
      reason: "Motif",
      action: "Ouvrir l'espace coopérative",
    },
    en: {
      subject: "Tadamon: one of your documents was refused",
      greeting: "Hello,",
      body: (name, about) => ["The Tadamon team refused the document “", about, "” of ", name, "."],
      next: "You can file a new one from the cooperative space.",
      reason: "Reason",
      action: "Open the cooperative space",
    },
  },
  document_expired: {
    ar: {
      subject: "تضامن: انتهت صلاحية إحدى وثائقكم",
      greeting: "مرحبا،",
      body: (name, about) => ["انتهت صلاحية وثيقة «", about, "» الخاصة بـ ", name, "، ولم تعد معتمدة."],
      next: "أضيفوا الوثيقة المجددة من فضاء التعاونية ليتحقق منها المنظمون.",
      reason: "",
      action: "فتح فضاء التعاونية",
    },
    fr: {
      subject: "Tadamon : un de vos documents a expiré",
      greeting: "Bonjour,",
      body: (name, about) => ["Le document « ", about, " » de ", name, " a expiré : il ne compte plus."],
      next: "Déposez le document renouvelé depuis l'espace coopérative pour que les organisateurs le vérifient.",
      reason: "",
      action: "Ouvrir l'espace coopérative",
    },
    en: {
      subject: "Tadamon: one of your documents has expired",
      greeting: "Hello,",
      body: (name, about) => ["The document “", about, "” of ", name, " has expired: it no longer counts."],
      next: "File the renewed document from the cooperative space for the organizers to verify.",
      reason: "",
      action: "Open the cooperative space",
    },
  },
  product_published: {
    ar: {
      subject: "تضامن: تم نشر منتوجكم",
      greeting: "مرحبا،",
      body: (name, about) => ["نشر فريق تضامن منتوج «", about, "» الخاص بـ ", name, "."],
      next: "يُعرض للبيع في المتجر ما دامت تعاونيتكم معتمدة.",
      reason: "",
      action: "فتح فضاء التعاونية",
    },
    fr: {
      subject: "Tadamon : votre produit est publié",
      greeting: "Bonjour,",
      body: (name, about) => ["L'équipe Tadamon a publié le produit « ", about, " » de ", name, "."],
      next: "Il est en vente dans la boutique tant que votre coopérative est approuvée.",
      reason: "",
      action: "Ouvrir l'espace coopérative",
    },
    en: {
      subject: "Tadamon: your product is published",
      greeting: "Hello,",
      body: (name, about) => ["The Tadamon team published the product “", about, "” of ", name, "."],
      next: "It is on sale in the shop while your cooperative is approved.",
      reason: "",
      action: "Open the cooperative space",
    },
  },
  product_rejected: {
    ar: {
      subject: "تضامن: لم يُقبل منتوجكم",
      greeting: "مرحبا،",
      body: (name, about) => ["لم يقبل فريق تضامن نشر منتوج «", about, "» الخاص بـ ", name, "."],
      next: "يمكنكم تعديله وإعادة اقتراحه من فضاء التعاونية.",
      reason: "السبب",
      action: "فتح فضاء التعاونية",
    },
    fr: {
      subject: "Tadamon : votre produit n'a pas été retenu",
      greeting: "Bonjour,",
      body: (name, about) => ["L'équipe Tadamon n'a pas retenu le produit « ", about, " » de ", name, "."],
      next: "Vous pouvez le modifier et le proposer à nouveau depuis l'espace coopérative.",
      reason: "Motif",
      action: "Ouvrir l'espace coopérative",
    },
    en: {
      subject: "Tadamon: your product was not accepted",
      greeting: "Hello,",
      body: (name, about) => ["The Tadamon team did not accept the product “", about, "” of ", name, "."],
      next: "You can edit it and propose it again from the cooperative space.",
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
  const reason = WITH_REASON.includes(input.decision) && input.reason ? input.reason : null
  const about = input.subjectName ?? ""
  const body = html`<p style="margin:0 0 12px">${t.greeting}</p>
<p style="margin:0 0 12px">${t.body(input.cooperativeName, about).map((part, index) => (index % 2 === 1 ? own(part) : part))}</p>
${reason ? html`<p style="margin:0 0 12px"><strong>${t.reason}${COLON[input.locale]}</strong>${own(reason)}</p>` : ""}
<p style="margin:0 0 20px">${t.next}</p>
<p style="margin:0">${button(link, t.action)}</p>`
  return {
    subject: t.subject,
    html: renderDocument(input.locale, t.subject, body),
    text: renderText(input.locale, [
      t.greeting,
      t.body(input.cooperativeName, about).join(""),
      reason && `${t.reason}${COLON[input.locale]}${reason}`,
      t.next,
      `${t.action}${COLON[input.locale].trimEnd()}\n${link}`,
    ]),
  }
}
