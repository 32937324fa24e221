import { formatPrice, type Locale, type OrderProgress, type StoreCooperativeOrder } from "@tadamon/shared"
import { html, type SafeHtml } from "./html"
import { button, COLON, COLORS, type EmailContent, isolate, own, renderDocument, renderText } from "./layout"
import { storefrontLink } from "./locale"

/** The steps of a cooperative's order the customer is emailed about. */
export const ORDER_STATUS_EMAILS = ["accepted", "shipped", "delivered", "cancelled"] as const
export type OrderStatusEmailKind = (typeof ORDER_STATUS_EMAILS)[number]

/** What a status email shows: one cooperative's order of the customer's group. */
export type OrderStatusEmailData = {
  reference: string
  currency_code: string
  first_name: string | null
  /** The group's other orders still under way (a cancellation says they go on). */
  other_orders: number
  order: Pick<StoreCooperativeOrder, "cooperative" | "total"> & {
    items: Array<Pick<StoreCooperativeOrder["items"][number], "title" | "variant_title" | "quantity">>
    progress: OrderProgress
    payment: "cod" | "card"
    /** Cash on delivery: what the courier collects for this parcel (0 once collected or cancelled). */
    amount_to_collect: number
  }
}

/** A sentence around two values (the cooperative, the reference), whole in each language. */
type Fill2 = <T>(cooperative: T, reference: T) => Array<string | T>

type Messages = {
  subject: Record<OrderStatusEmailKind, (cooperative: string, reference: string) => string>
  heading: Record<OrderStatusEmailKind, string>
  intro: Record<OrderStatusEmailKind, Fill2>
  hello: string
  helloName: (name: string) => string
  products: string
  carrier: string
  trackingNumber: string
  track: string
  payCourier: string
  reason: string
  nothingToPay: string
  refund: (amount: string) => string
  othersContinue: string
  viewOrder: string
  lookup: string
}

const MESSAGES: Record<Locale, Messages> = {
  ar: {
    subject: {
      accepted: (c, r) => `تضامن: قبلت ${c} طلبك ${r}`,
      shipped: (c, r) => `تضامن: طردك من ${c} في الطريق (${r})`,
      delivered: (c, r) => `تضامن: تم تسليم طردك من ${c} (${r})`,
      cancelled: (c, r) => `تضامن: ألغت ${c} طلبك ${r}`,
    },
    heading: {
      accepted: "طلبك قيد التحضير",
      shipped: "طردك في الطريق",
      delivered: "تم تسليم طردك",
      cancelled: "تم إلغاء جزء من طلبك",
    },
    intro: {
      accepted: (c, r) => ["قبلت ", c, " طلبك رقم ", r, " وهي تحضّر منتجاتها الآن."],
      shipped: (c, r) => ["أرسلت ", c, " طردك من الطلب رقم ", r, "."],
      delivered: (c, r) => ["تم تسليم طردك من ", c, " (الطلب رقم ", r, "). شكرا على دعمك للتعاونيات!"],
      cancelled: (c, r) => ["ألغت ", c, " الجزء الخاص بها من طلبك رقم ", r, "."],
    },
    hello: "مرحبا،",
    helloName: (name) => `مرحبا ${name}،`,
    products: "المنتجات",
    carrier: "شركة النقل",
    trackingNumber: "رقم التتبع",
    track: "تتبع الطرد",
    payCourier: "المبلغ الواجب أداؤه للموزع عند الاستلام",
    reason: "السبب",
    nothingToPay: "لن تؤدي أي مبلغ مقابل هذا الطرد.",
    refund: (amount) => `سيُرجَع مبلغ ${amount} إلى بطاقتك البنكية.`,
    othersContinue: "باقي طرود طلبك تتواصل كالمعتاد.",
    viewOrder: "عرض الطلب",
    lookup: "ليس لديك حساب؟ تابع طلبك في صفحة تتبع الطلب بواسطة المرجع وبريدك الإلكتروني.",
  },
  fr: {
    subject: {
      accepted: (c, r) => `Tadamon : ${c} a accepté votre commande ${r}`,
      shipped: (c, r) => `Tadamon : votre colis de ${c} est en route (${r})`,
      delivered: (c, r) => `Tadamon : votre colis de ${c} a été livré (${r})`,
      cancelled: (c, r) => `Tadamon : ${c} a annulé votre commande ${r}`,
    },
    heading: {
      accepted: "Votre commande est en préparation",
      shipped: "Votre colis est en route",
      delivered: "Votre colis est livré",
      cancelled: "Une partie de votre commande est annulée",
    },
    intro: {
      accepted: (c, r) => [c, " a accepté votre commande ", r, " et prépare vos produits."],
      shipped: (c, r) => [c, " a expédié votre colis de la commande ", r, "."],
      delivered: (c, r) => ["Votre colis de ", c, " (commande ", r, ") a été livré. Merci de soutenir les coopératives !"],
      cancelled: (c, r) => [c, " a annulé sa partie de votre commande ", r, "."],
    },
    hello: "Bonjour,",
    helloName: (name) => `Bonjour ${name},`,
    products: "Produits",
    carrier: "Transporteur",
    trackingNumber: "Numéro de suivi",
    track: "Suivre le colis",
    payCourier: "Montant à payer au livreur",
    reason: "Motif",
    nothingToPay: "Vous n'avez rien à payer pour ce colis.",
    refund: (amount) => `Le montant de ${amount} sera remboursé sur votre carte bancaire.`,
    othersContinue: "Les autres colis de votre commande suivent leur cours.",
    viewOrder: "Voir la commande",
    lookup: "Pas de compte ? Suivez votre commande sur la page de suivi, avec la référence et votre adresse e-mail.",
  },
  en: {
    subject: {
      accepted: (c, r) => `Tadamon: ${c} accepted your order ${r}`,
      shipped: (c, r) => `Tadamon: your parcel from ${c} is on its way (${r})`,
      delivered: (c, r) => `Tadamon: your parcel from ${c} was delivered (${r})`,
      cancelled: (c, r) => `Tadamon: ${c} cancelled your order ${r}`,
    },
    heading: {
      accepted: "Your order is being prepared",
      shipped: "Your parcel is on its way",
      delivered: "Your parcel was delivered",
      cancelled: "Part of your order was cancelled",
    },
    intro: {
      accepted: (c, r) => [c, " accepted your order ", r, " and is preparing your products."],
      shipped: (c, r) => [c, " shipped your parcel of order ", r, "."],
      delivered: (c, r) => ["Your parcel from ", c, " (order ", r, ") was delivered. Thank you for supporting the cooperatives!"],
      cancelled: (c, r) => [c, " cancelled its part of your order ", r, "."],
    },
    hello: "Hello,",
    helloName: (name) => `Hello ${name},`,
    products: "Products",
    carrier: "Carrier",
    trackingNumber: "Tracking number",
    track: "Track the parcel",
    payCourier: "Amount to pay the courier",
    reason: "Reason",
    nothingToPay: "You have nothing to pay for this parcel.",
    refund: (amount) => `${amount} will be refunded to your bank card.`,
    othersContinue: "The other parcels of your order are on their way as usual.",
    viewOrder: "View the order",
    lookup: "No account? Follow your order on the order tracking page with the reference and your email address.",
  },
}

/**
 * The email a customer gets when a cooperative accepts, ships (with the carrier and tracking),
 * delivers or cancels (with its reason, and what happens to the money) its order.
 */
export function renderOrderStatusEmail(
  kind: OrderStatusEmailKind,
  data: OrderStatusEmailData,
  locale: Locale,
  storefrontUrl: string
): EmailContent {
  const t = MESSAGES[locale]
  const colon = COLON[locale]
  const price = (amount: number) => formatPrice(amount, locale, data.currency_code)
  const { order } = data
  const cooperative = order.cooperative.name
  const orderLink = storefrontLink(storefrontUrl, locale, `/account/orders/${encodeURIComponent(data.reference)}`)
  const lookupLink = storefrontLink(storefrontUrl, locale, "/order/lookup")
  const tracking = kind === "shipped" ? order.progress.tracking : null
  const reason = kind === "cancelled" ? order.progress.cancel_reason : null
  const payCourier = kind === "shipped" && order.payment === "cod" && order.amount_to_collect > 0 ? price(order.amount_to_collect) : null
  const moneyNote = kind === "cancelled" ? (order.payment === "card" ? t.refund(price(order.total)) : t.nothingToPay) : null
  const others = kind === "cancelled" && data.other_orders > 0 ? t.othersContinue : null
  const itemLine = (item: OrderStatusEmailData["order"]["items"][number]) =>
    `${item.title}${item.variant_title ? ` (${item.variant_title})` : ""} × ${item.quantity}`
  const showItems = kind === "accepted" || kind === "cancelled"

  const row = (label: string, value: SafeHtml | string) => html`<p style="margin:0 0 8px">${label}${colon}<strong>${value}</strong></p>`
  const body = html`<h1 style="margin:0 0 16px;font-size:20px">${t.heading[kind]}</h1>
<p style="margin:0 0 12px">${data.first_name ? t.helloName(data.first_name) : t.hello}</p>
<p style="margin:0 0 12px">${t.intro[kind](own(cooperative), isolate(data.reference))}</p>
${
  showItems
    ? html`<p style="margin:16px 0 4px;color:${COLORS.muted}">${t.products}</p><ul style="margin:0 0 12px;padding-inline-start:20px">${order.items.map(
        (item) => html`<li>${own(itemLine(item))}</li>`
      )}</ul>`
    : ""
}
${tracking ? html`<div style="margin:16px 0;padding:12px;background:${COLORS.surface};border-radius:6px">${tracking.carrier ? row(t.carrier, own(tracking.carrier)) : ""}${row(t.trackingNumber, isolate(tracking.tracking_number))}${tracking.tracking_url ? html`<p style="margin:12px 0 0">${button(tracking.tracking_url, t.track)}</p>` : ""}</div>` : ""}
${payCourier ? row(t.payCourier, payCourier) : ""}
${reason ? html`<div style="margin:16px 0;padding:12px;background:${COLORS.surface};border-radius:6px">${row(t.reason, own(reason))}</div>` : ""}
${moneyNote ? html`<p style="margin:0 0 12px">${moneyNote}</p>` : ""}
${others ? html`<p style="margin:0 0 12px">${others}</p>` : ""}
<p style="margin:24px 0 12px">${button(orderLink, t.viewOrder)}</p>
<p style="margin:0;font-size:14px"><a href="${lookupLink}" style="color:${COLORS.accent}">${t.lookup}</a></p>`

  const subject = t.subject[kind](cooperative, data.reference)
  return {
    subject,
    html: renderDocument(locale, subject, body),
    text: renderText(locale, [
      t.heading[kind],
      data.first_name ? t.helloName(data.first_name) : t.hello,
      t.intro[kind](cooperative, data.reference).join(""),
      showItems && `${t.products}${colon.trimEnd()}\n${order.items.map((item) => `- ${itemLine(item)}`).join("\n")}`,
      tracking &&
        [
          tracking.carrier && `${t.carrier}${colon}${tracking.carrier}`,
          `${t.trackingNumber}${colon}${tracking.tracking_number}`,
          tracking.tracking_url && `${t.track}${colon}${tracking.tracking_url}`,
        ]
          .filter(Boolean)
          .join("\n"),
      payCourier && `${t.payCourier}${colon}${payCourier}`,
      reason && `${t.reason}${colon}${reason}`,
      moneyNote,
      others,
      `${t.viewOrder}${colon.trimEnd()}\n${orderLink}`,
      `${t.lookup}\n${lookupLink}`,
    ]),
  }
}
