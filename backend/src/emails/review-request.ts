import type { Locale } from "@tadamon/shared"
import { html } from "./html"
import { button, COLON, type EmailContent, type Fill, isolate, own, renderDocument, renderText } from "./layout"
import { storefrontLink } from "./locale"

/** What the review request shows: a delivered order of one cooperative and the products to review. */
export type ReviewRequestEmailInput = {
  locale: Locale
  first_name: string | null
  reference: string
  cooperative: string
  products: string[]
}

type Messages = {
  subject: (cooperative: string) => string
  hello: string
  helloName: Fill
  intro: Fill
  ask: string
  action: string
  fallback: string
}

const MESSAGES: Record<Locale, Messages> = {
  ar: {
    subject: (cooperative) => `تضامن: ما رأيك في منتجات ${cooperative}؟`,
    hello: "مرحبا،",
    helloName: (name) => ["مرحبا ", name, "،"],
    intro: (cooperative) => ["توصلت قبل أيام بطلبك من ", cooperative, "."],
    ask: "رأيك يساعد الزبناء الآخرين ويشجع التعاونية. يمكنك تقييم كل منتج من نجمة إلى 5 نجوم وكتابة بضع كلمات إن شئت.",
    action: "تقييم منتجاتي",
    fallback: "إذا لم يعمل الزر، انسخ هذا الرابط في متصفحك:",
  },
  fr: {
    subject: (cooperative) => `Tadamon : que pensez-vous des produits de ${cooperative} ?`,
    hello: "Bonjour,",
    helloName: (name) => ["Bonjour ", name, ","],
    intro: (cooperative) => ["Vous avez reçu il y a quelques jours votre commande de ", cooperative, "."],
    ask: "Votre avis aide les autres clients et encourage la coopérative. Notez chaque produit de 1 à 5 étoiles et ajoutez quelques mots si vous le souhaitez.",
    action: "Donner mon avis",
    fallback: "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :",
  },
  en: {
    subject: (cooperative) => `Tadamon: what do you think of ${cooperative}'s products?`,
    hello: "Hello,",
    helloName: (name) => ["Hello ", name, ","],
    intro: (cooperative) => ["Your order from ", cooperative, " was delivered a few days ago."],
    ask: "Your review helps other customers and encourages the cooperative. Rate each product from 1 to 5 stars and add a few words if you like.",
    action: "Review my products",
    fallback: "If the button does not work, copy this link into your browser:",
  },
}

/** The signed-in order page where the customer reviews each delivered line. */
export function reviewRequestLink(storefrontUrl: string, input: Pick<ReviewRequestEmailInput, "locale" | "reference">): string {
  return storefrontLink(storefrontUrl, input.locale, `/account/orders/${encodeURIComponent(input.reference)}`)
}

export function renderReviewRequestEmail(input: ReviewRequestEmailInput, storefrontUrl: string): EmailContent {
  const t = MESSAGES[input.locale]
  const link = reviewRequestLink(storefrontUrl, input)
  const greeting = input.first_name ? t.helloName(input.first_name).join("") : t.hello
  const subject = t.subject(input.cooperative)
  const body = html`<p style="margin:0 0 12px">${input.first_name ? t.helloName(own(input.first_name)) : t.hello}</p>
<p style="margin:0 0 12px">${t.intro(own(input.cooperative))} (${isolate(input.reference)})</p>
<ul style="margin:0 0 12px">${input.products.map((title) => html`<li>${own(title)}</li>`)}</ul>
<p style="margin:0 0 20px">${t.ask}</p>
<p style="margin:0 0 20px">${button(link, t.action)}</p>
<p style="margin:0 0 4px;font-size:13px">${t.fallback}</p>
<p style="margin:0;font-size:13px;word-break:break-all" dir="ltr"><a href="${link}">${link}</a></p>`
  return {
    subject,
    html: renderDocument(input.locale, subject, body),
    text: renderText(input.locale, [
      greeting,
      `${t.intro(input.cooperative).join("")} (${input.reference})`,
      input.products.map((title) => `- ${title}`).join("\n"),
      t.ask,
      `${t.action}${COLON[input.locale].trimEnd()}\n${link}`,
    ]),
  }
}
