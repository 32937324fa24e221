import {
  formatMoroccanPhone,
  formatPrice,
  type Locale,
  PAYMENT_PROVIDERS,
  provinceName,
  type StoreCooperativeOrder,
  type StoreOrderGroup,
} from "@tadamon/shared"
import { html, type SafeHtml } from "./html"
import { button, COLON, COLORS, type EmailContent, type Fill, isolate, own, renderDocument, renderText, sides } from "./layout"
import { storefrontLink } from "./locale"

type OrderItem = Pick<StoreCooperativeOrder["items"][number], "title" | "variant_title" | "quantity" | "unit_price" | "total">

/** What the confirmation shows of an order group: a `StoreOrderGroup` has all of it. */
export type OrderGroupPlacedEmailData = Pick<
  StoreOrderGroup,
  "reference" | "currency_code" | "payment_provider_id" | "total" | "amount_to_collect" | "shipping_address"
> & {
  orders: Array<
    Pick<StoreCooperativeOrder, "cooperative" | "shipping" | "item_total" | "shipping_total" | "total"> & { items: OrderItem[] }
  >
}

type Messages = {
  subject: (reference: string) => string
  heading: string
  hello: string
  helloName: Fill
  intro: Fill
  reference: string
  parcelsNote: (count: number) => string
  product: string
  quantity: string
  amount: string
  shippingMethod: string
  free: string
  estimate: (min: number, max: number, unit: DurationUnit) => string
  itemsTotal: string
  shippingTotal: string
  cooperativeTotal: string
  /** Who sells the parcel (law 31-08): label, and the registration number's label. */
  soldBy: string
  registration: string
  orderTotal: string
  payment: string
  paymentMethods: { cod: string; card: string }
  toPayOnDelivery: string
  codNote: (parcels: number) => string
  address: string
  viewOrder: string
  guest: string
  lookup: string
}

type DurationUnit = "hours" | "days"

const arabicPlural = new Intl.PluralRules("ar")

/** Arabic counts the noun by the last number: 3 to 10 take the plural, 11 and more the singular. */
function arabicUnit(count: number, unit: DurationUnit): string {
  const few = arabicPlural.select(count) === "few"
  if (unit === "days") {
    return few ? "أيام" : "يوما"
  }
  return few ? "ساعات" : "ساعة"
}

function arabicCooperatives(count: number): string {
  switch (arabicPlural.select(count)) {
    case "two":
      return "تعاونيتين"
    case "few":
      return `${count} تعاونيات`
    default:
      return `${count} تعاونية`
  }
}

const MESSAGES: Record<Locale, Messages> = {
  ar: {
    subject: (reference) => `تضامن: توصلنا بطلبك ${reference}`,
    heading: "شكرا على طلبك",
    hello: "مرحبا،",
    helloName: (name) => ["مرحبا ", name, "،"],
    intro: (reference) => ["توصلنا بطلبك رقم ", reference, ". ستحضّر كل تعاونية منتجاتها وترسلها إليك."],
    reference: "مرجع الطلب",
    parcelsNote: (count) => `يتضمن طلبك منتجات ${arabicCooperatives(count)}، وستصلك في طرود منفصلة.`,
    product: "المنتج",
    quantity: "الكمية",
    amount: "المبلغ",
    shippingMethod: "طريقة التوصيل",
    free: "مجاني",
    estimate: (min, max, unit) =>
      min === max
        ? `مدة التوصيل المتوقعة: ${max} ${arabicUnit(max, unit)} بعد إرسال الطرد.`
        : `مدة التوصيل المتوقعة: من ${min} إلى ${max} ${arabicUnit(max, unit)} بعد إرسال الطرد.`,
    itemsTotal: "مجموع المنتجات",
    shippingTotal: "التوصيل",
    cooperativeTotal: "مجموع هذه التعاونية",
    soldBy: "البائع",
    registration: "رقم التسجيل",
    orderTotal: "المجموع الكلي",
    payment: "طريقة الأداء",
    paymentMethods: { cod: "الدفع عند الاستلام", card: "بطاقة بنكية" },
    toPayOnDelivery: "المبلغ الواجب أداؤه عند الاستلام",
    codNote: (parcels) =>
      parcels > 1
        ? "يرجى تحضير المبلغ نقدا. تصل الطرود منفصلة، وتؤدي لكل موزع مبلغ طرده كما هو مبين أعلاه."
        : "يرجى تحضير المبلغ نقدا عند استلام الطرد.",
    address: "عنوان التوصيل",
    viewOrder: "عرض الطلب في حسابي",
    guest: "ليس لديك حساب؟ تابع طلبك في صفحة تتبع الطلب بواسطة المرجع وبريدك الإلكتروني.",
    lookup: "تتبع الطلب",
  },
  fr: {
    subject: (reference) => `Tadamon : nous avons bien reçu votre commande ${reference}`,
    heading: "Merci pour votre commande",
    hello: "Bonjour,",
    helloName: (name) => ["Bonjour ", name, ","],
    intro: (reference) => [
      "Nous avons bien reçu votre commande ",
      reference,
      ". Chaque coopérative prépare ses produits et vous les envoie.",
    ],
    reference: "Référence de la commande",
    parcelsNote: (count) => `Votre commande réunit les produits de ${count} coopératives : vous les recevrez en colis séparés.`,
    product: "Produit",
    quantity: "Quantité",
    amount: "Montant",
    shippingMethod: "Mode de livraison",
    free: "Gratuite",
    estimate: (min, max, unit) => {
      const word = unit === "days" ? (max > 1 ? "jours" : "jour") : max > 1 ? "heures" : "heure"
      return min === max
        ? `Livraison estimée : ${max} ${word} après l'expédition.`
        : `Livraison estimée : ${min} à ${max} ${word} après l'expédition.`
    },
    itemsTotal: "Produits",
    shippingTotal: "Livraison",
    cooperativeTotal: "Total pour cette coopérative",
    soldBy: "Vendeur",
    registration: "N° d'immatriculation",
    orderTotal: "Total de la commande",
    payment: "Paiement",
    paymentMethods: { cod: "Paiement à la livraison", card: "Carte bancaire" },
    toPayOnDelivery: "Montant à payer à la livraison",
    codNote: (parcels) =>
      parcels > 1
        ? "Préparez le montant en espèces. Les colis arrivent séparément : vous réglez à chaque livreur le montant de son colis, indiqué ci-dessus."
        : "Préparez le montant en espèces pour la réception du colis.",
    address: "Adresse de livraison",
    viewOrder: "Voir la commande dans mon compte",
    guest: "Pas de compte ? Suivez votre commande sur la page de suivi, avec la référence et votre adresse e-mail.",
    lookup: "Suivre ma commande",
  },
  en: {
    subject: (reference) => `Tadamon: we have received your order ${reference}`,
    heading: "Thank you for your order",
    hello: "Hello,",
    helloName: (name) => ["Hello ", name, ","],
    intro: (reference) => ["We have received your order ", reference, ". Each cooperative prepares its products and ships them to you."],
    reference: "Order reference",
    parcelsNote: (count) => `Your order brings together products from ${count} cooperatives: they will arrive in separate parcels.`,
    product: "Product",
    quantity: "Quantity",
    amount: "Amount",
    shippingMethod: "Shipping method",
    free: "Free",
    estimate: (min, max, unit) => {
      const word = unit === "days" ? (max > 1 ? "days" : "day") : max > 1 ? "hours" : "hour"
      return min === max
        ? `Estimated delivery: ${max} ${word} after dispatch.`
        : `Estimated delivery: ${min}–${max} ${word} after dispatch.`
    },
    itemsTotal: "Products",
    shippingTotal: "Shipping",
    cooperativeTotal: "Total for this cooperative",
    soldBy: "Seller",
    registration: "Registration no.",
    orderTotal: "Order total",
    payment: "Payment",
    paymentMethods: { cod: "Cash on delivery", card: "Bank card" },
    toPayOnDelivery: "Amount to pay on delivery",
    codNote: (parcels) =>
      parcels > 1
        ? "Please have the amount ready in cash. The parcels arrive separately: you pay each courier the amount of their parcel, shown above."
        : "Please have the amount ready in cash when the parcel arrives.",
    address: "Delivery address",
    viewOrder: "View the order in my account",
    guest: "No account? Follow your order on the order tracking page with the reference and your email address.",
    lookup: "Track my order",
  },
}

/** Long estimates read better in days (72–168 h → 3–7 days), short ones in hours (24–72 h). */
function estimateText(t: Messages, minHours: number | null, maxHours: number | null): string | null {
  if (maxHours === null || maxHours <= 0) {
    return null
  }
  const min = Math.min(minHours ?? maxHours, maxHours)
  if (maxHours > 72 && min % 24 === 0 && maxHours % 24 === 0) {
    return t.estimate(min / 24, maxHours / 24, "days")
  }
  return t.estimate(min, maxHours, "hours")
}

function paymentMethod(t: Messages, providerId: string): string | null {
  if (providerId === PAYMENT_PROVIDERS.cashOnDelivery) {
    return t.paymentMethods.cod
  }
  if (providerId === PAYMENT_PROVIDERS.stripe) {
    return t.paymentMethods.card
  }
  return null
}

function addressLines(group: OrderGroupPlacedEmailData, locale: Locale): string[] {
  const address = group.shipping_address
  if (!address) {
    return []
  }
  const name = [address.first_name, address.last_name].filter(Boolean).join(" ")
  const province = address.province ? provinceName(address.province, locale) ?? address.province : null
  const city = [address.postal_code, address.city].filter(Boolean).join(" ")
  return [name, address.address_1, city, province, address.phone].filter((line): line is string => !!line)
}

/**
 * The order confirmation: one section per cooperative (its items, its shipping method and delivery
 * estimate, its total), the group's total and, for cash on delivery, what the couriers collect.
 */
export function renderOrderGroupPlacedEmail(group: OrderGroupPlacedEmailData, locale: Locale, storefrontUrl: string): EmailContent {
  const t = MESSAGES[locale]
  const colon = COLON[locale]
  const { start, end } = sides(locale)
  const price = (amount: number) => formatPrice(amount, locale, group.currency_code)
  const orderLink = storefrontLink(storefrontUrl, locale, `/account/orders/${encodeURIComponent(group.reference)}`)
  const lookupLink = storefrontLink(storefrontUrl, locale, "/order/lookup")
  const isCod = group.payment_provider_id === PAYMENT_PROVIDERS.cashOnDelivery
  const method = paymentMethod(t, group.payment_provider_id)
  const firstName = group.shipping_address?.first_name ?? null
  const address = addressLines(group, locale)
  const parcels = group.orders.length

  const cell = "padding:8px 4px;border-bottom:1px solid " + COLORS.border
  const sumRow = (label: string, value: string, strong = false): SafeHtml =>
    html`<tr><td colspan="2" style="padding:4px">${strong ? html`<strong>${label}</strong>` : label}</td><td style="padding:4px;white-space:nowrap;text-align:${end}">${strong ? html`<strong>${value}</strong>` : value}</td></tr>`

  const sellerLines = (order: OrderGroupPlacedEmailData["orders"][number]): string[] => {
    const seller = order.cooperative.seller
    if (!seller) {
      return []
    }
    return [
      `${t.soldBy}${colon}${seller.legal_name} · ${t.registration} ${seller.registration_number}`,
      [seller.address.commune, seller.address.province, seller.address.region].filter(Boolean).join(locale === "ar" ? "، " : ", "),
      [seller.phone ? formatMoroccanPhone(seller.phone) : null, seller.email].filter(Boolean).join(" · "),
    ].filter((line) => !!line)
  }

  const sections = group.orders.map((order) => {
    const estimate = order.shipping ? estimateText(t, order.shipping.min_hours, order.shipping.max_hours) : null
    const seller = sellerLines(order)
    return html`<h2 style="margin:28px 0 8px;font-size:17px;color:${COLORS.accent}">${own(order.cooperative.name)}</h2>
${seller.length ? html`<p style="margin:0 0 8px;font-size:13px;color:${COLORS.muted}">${seller.map((line, index) => (index ? [html`<br>`, own(line)] : own(line)))}</p>` : ""}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;font-size:14px">
<tr style="color:${COLORS.muted}"><th style="${cell};text-align:${start}">${t.product}</th><th style="${cell}">${t.quantity}</th><th style="${cell};text-align:${end}">${t.amount}</th></tr>
${order.items.map(
  (item) =>
    html`<tr><td style="${cell}">${own(item.title)}${item.variant_title ? html`<br><span style="color:${COLORS.muted};font-size:13px">${own(item.variant_title)}</span>` : ""}</td><td style="${cell};text-align:center">${item.quantity} × ${price(item.unit_price)}</td><td style="${cell};white-space:nowrap;text-align:${end}">${price(item.total)}</td></tr>`
)}
${sumRow(t.itemsTotal, price(order.item_total))}
${sumRow(t.shippingTotal, order.shipping_total > 0 ? price(order.shipping_total) : t.free)}
${sumRow(t.cooperativeTotal, price(order.total), true)}
</table>
${
  order.shipping
    ? html`<p style="margin:8px 0 0;font-size:14px">${t.shippingMethod}${colon}${own(order.shipping.name)}${estimate ? html`<br><span style="color:${COLORS.muted}">${estimate}</span>` : ""}</p>`
    : ""
}`
  })

  const body = html`<h1 style="margin:0 0 16px;font-size:20px">${t.heading}</h1>
<p style="margin:0 0 12px">${firstName ? t.helloName(own(firstName)) : t.hello}</p>
<p style="margin:0 0 12px">${t.intro(isolate(group.reference))}</p>
<p style="margin:0 0 12px;padding:12px;background:${COLORS.surface};border-radius:6px">${t.reference}${colon}<strong>${isolate(group.reference)}</strong></p>
${parcels > 1 ? html`<p style="margin:0 0 12px">${t.parcelsNote(parcels)}</p>` : ""}
${sections}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="margin-top:24px;border-top:2px solid ${COLORS.text};font-size:15px">
${sumRow(t.orderTotal, price(group.total), true)}
${method ? sumRow(t.payment, method) : ""}
${isCod ? sumRow(t.toPayOnDelivery, price(group.amount_to_collect), true) : ""}
</table>
${isCod ? html`<p style="margin:8px 0 0;font-size:14px">${t.codNote(parcels)}</p>` : ""}
${address.length ? html`<h2 style="margin:24px 0 8px;font-size:16px">${t.address}</h2><p style="margin:0">${address.map((line, index) => (index ? [html`<br>`, own(line)] : own(line)))}</p>` : ""}
<p style="margin:28px 0 12px">${button(orderLink, t.viewOrder)}</p>
<p style="margin:0;font-size:14px">${t.guest} <a href="${lookupLink}" style="color:${COLORS.accent}">${t.lookup}</a></p>`

  const textSections = group.orders.map((order) => {
    const estimate = order.shipping ? estimateText(t, order.shipping.min_hours, order.shipping.max_hours) : null
    return [
      `== ${order.cooperative.name} ==`,
      ...sellerLines(order),
      ...order.items.map(
        (item) =>
          `- ${item.title}${item.variant_title ? ` (${item.variant_title})` : ""}${colon}${item.quantity} × ${price(item.unit_price)} = ${price(item.total)}`
      ),
      `${t.itemsTotal}${colon}${price(order.item_total)}`,
      `${t.shippingTotal}${colon}${order.shipping_total > 0 ? price(order.shipping_total) : t.free}`,
      `${t.cooperativeTotal}${colon}${price(order.total)}`,
      order.shipping ? `${t.shippingMethod}${colon}${order.shipping.name}` : null,
      estimate,
    ]
      .filter((line): line is string => !!line)
      .join("\n")
  })

  const subject = t.subject(group.reference)
  return {
    subject,
    html: renderDocument(locale, subject, body),
    text: renderText(locale, [
      t.heading,
      firstName ? t.helloName(firstName).join("") : t.hello,
      t.intro(group.reference).join(""),
      `${t.reference}${colon}${group.reference}`,
      parcels > 1 && t.parcelsNote(parcels),
      ...textSections,
      [
        `${t.orderTotal}${colon}${price(group.total)}`,
        method && `${t.payment}${colon}${method}`,
        isCod && `${t.toPayOnDelivery}${colon}${price(group.amount_to_collect)}`,
      ]
        .filter(Boolean)
        .join("\n"),
      isCod && t.codNote(parcels),
      address.length > 0 && `${t.address}${colon.trimEnd()}\n${address.join("\n")}`,
      `${t.viewOrder}${colon.trimEnd()}\n${orderLink}`,
      `${t.guest}\n${t.lookup}${colon}${lookupLink}`,
    ]),
  }
}
