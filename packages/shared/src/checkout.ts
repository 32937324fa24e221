import type { HttpTypes } from "@medusajs/types"
import type { LocalizedText } from "./locales"
import type { OrderProgress } from "./vendor-orders"

/**
 * The checkout contract between the backend and the storefront.
 *
 * A cart holds lines from several cooperatives. Each cooperative ships from its own stock
 * location with its own shipping options (its own Medusa shipping profile), so the cart needs one
 * shipping method per cooperative. Placing the order creates one order group (the reference the
 * customer sees) and one Medusa order per cooperative.
 */

/** Medusa payment provider ids. */
export const PAYMENT_PROVIDERS = {
  cashOnDelivery: "pp_cod_cod",
  stripe: "pp_stripe_stripe",
} as const

/** What a shipping option is, for the storefront's wording and icons. */
export const SHIPPING_KINDS = ["amana", "home-delivery", "pickup"] as const
export type ShippingKind = (typeof SHIPPING_KINDS)[number]

/** Shipping option metadata Tadamon sets (`shipping_option.metadata`). */
export type ShippingOptionMetadata = {
  kind: ShippingKind
  /** Delivery estimate in hours after the cooperative ships, e.g. 24–72 for Amana. */
  min_hours: number
  max_hours: number
  /** Order subtotal (MAD) from which this cooperative ships for free, if it offers that. */
  free_above?: number
}

export type CooperativeRef = { id: string; handle: string; name: string }

/** `GET /store/carts/:id/cooperative-shipping`: the cart's lines grouped by cooperative. */
export type StoreCooperativeShippingResponse = {
  cooperatives: Array<{
    cooperative: CooperativeRef
    /** Line item ids of this cooperative's products in the cart. */
    item_ids: string[]
    subtotal: number
    options: Array<{
      id: string
      name: string
      amount: number
      kind: ShippingKind
      min_hours: number
      max_hours: number
      free_above: number | null
    }>
    /** The shipping option chosen for this cooperative, if any. */
    selected_option_id: string | null
  }>
}

/** One cooperative's part of an order group: a real Medusa order. */
export type StoreCooperativeOrder = {
  id: string
  display_id: number
  /** Medusa order status plus Tadamon's progress (later: accepted, prepared, shipped…). */
  status: string
  fulfillment_status: string
  payment_status: string
  cooperative: CooperativeRef
  items: Array<{
    id: string
    title: string
    subtitle: string | null
    variant_title: string | null
    thumbnail: string | null
    quantity: number
    unit_price: number
    total: number
  }>
  shipping: { name: string; amount: number; min_hours: number | null; max_hours: number | null } | null
  item_total: number
  shipping_total: number
  total: number
  /** Where the cooperative is with this order: placed → accepted → prepared → shipped → delivered, or cancelled. */
  progress?: OrderProgress
}

/** The customer-facing order: one checkout, one reference, one order per cooperative. */
export type StoreOrderGroup = {
  id: string
  /** The reference the customer quotes, e.g. "TDM-4K7Q9X". */
  reference: string
  email: string
  created_at: string
  currency_code: string
  locale: string | null
  payment_provider_id: string
  /** What the customer owes in all: the sum of the orders' totals. */
  total: number
  /** Cash on delivery: what the couriers will collect (0 once paid). */
  amount_to_collect: number
  shipping_address: {
    first_name: string | null
    last_name: string | null
    address_1: string | null
    city: string | null
    province: string | null
    postal_code: string | null
    phone: string | null
  } | null
  orders: StoreCooperativeOrder[]
}

/** At most this many units of one variant in one cart line. */
export const MAX_LINE_QUANTITY = 99

/** A cart line's quantity: a whole number from 1 to MAX_LINE_QUANTITY (0 too where it removes the line). */
export function isValidLineQuantity(value: unknown, { allowZero = false }: { allowZero?: boolean } = {}): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= (allowZero ? 0 : 1) && value <= MAX_LINE_QUANTITY
}

/** What changed in a cart since the customer last saw it (HTTP 409 `cart_changed` at completion). */
export type CartChange =
  | { kind: "price"; item_id: string; title: string; before: number; after: number }
  | { kind: "shipping"; shipping_method_id: string; name: string; before: number; after: number | null }

/** The 409 body of `POST /store/carts/:id/complete` when prices or shipping changed: the cart now holds the new ones. */
export type StoreCartChangedResponse = Omit<StoreValidationErrorResponse, "type"> & {
  type: "conflict"
  changes: CartChange[]
  totals: { before: number; after: number }
}

/**
 * `POST /store/carts/:id/complete`: Medusa's own answer (`StoreCompleteCartResponse`), so every
 * standard client keeps working, with Tadamon's order group beside it. On success `order` is the
 * first cooperative's order in Medusa's standard shape (the one order of a one-cooperative cart) and
 * `order_group` holds them all. A declined or unfinished card payment answers Medusa's `type: "cart"`
 * with the error, and `errors` naming the field in the request's language.
 */
export type StoreCompleteCartResponse =
  | { type: "order"; order: HttpTypes.StoreOrder; order_group: StoreOrderGroup }
  | { type: "cart"; cart: HttpTypes.StoreCart; error: { message: string; name: string; type: string }; errors: FieldError[] }

export type StoreOrderGroupResponse = { order_group: StoreOrderGroup }
export type StoreOrderGroupListResponse = { order_groups: StoreOrderGroup[]; count: number; limit: number; offset: number }

/**
 * `POST /store/customers/me/cart` with `{ cart_id?: string }`, called right after sign-in with the
 * guest cart's id: the cart the customer continues with (the guest cart, now theirs, with the
 * lines of their previous open cart merged in), or null when they have none. `skipped_item_ids`
 * are line items of the previous cart that could not be merged (stock, variant no longer sold).
 */
export type StoreCustomerCartResponse = { cart: { id: string } | null; skipped_item_ids: string[] }

/** Field-level validation errors the backend returns with HTTP 400, in the request's locale. */
export type FieldError = { field: string; code: ValidationCode; message: string }
export type StoreValidationErrorResponse = { type: "invalid_data"; message: string; errors: FieldError[] }

export const VALIDATION_CODES = [
  "required",
  "invalid_phone",
  "not_mobile",
  "unknown_region",
  "unknown_province",
  "province_not_in_region",
  "invalid_postal_code",
  "too_long",
  "invalid_email",
  "unsupported_country",
  "missing_shipping_method",
  "out_of_stock",
  "payment_required",
  "invalid_value",
  "try_again",
  "payment_declined",
  "not_for_sale",
  "invalid_quantity",
  "cart_changed",
  "invalid_characters",
  "malformed_encoding",
  "single_value",
  "malformed_json",
  "value_out_of_range",
  "too_deep",
] as const
export type ValidationCode = (typeof VALIDATION_CODES)[number]

/** The text of each validation code; `{field}` is replaced by the field's localized label. */
export const VALIDATION_MESSAGES: Record<ValidationCode, LocalizedText> = {
  required: { ar: "الحقل «{field}» مطلوب.", fr: "Le champ « {field} » est obligatoire.", en: "{field} is required." },
  invalid_phone: {
    ar: "رقم الهاتف في «{field}» غير صحيح: اكتب رقما مغربيا مثل 0612345678.",
    fr: "Le numéro « {field} » n'est pas valide : saisissez un numéro marocain, par exemple 0612345678.",
    en: "{field} is not a valid Moroccan number, e.g. 0612345678.",
  },
  not_mobile: {
    ar: "«{field}» يجب أن يكون رقم هاتف محمول (يبدأ بـ 06 أو 07).",
    fr: "« {field} » doit être un numéro de mobile (06 ou 07).",
    en: "{field} must be a mobile number (starting 06 or 07).",
  },
  unknown_region: { ar: "الجهة في «{field}» غير معروفة.", fr: "La région « {field} » est inconnue.", en: "Unknown region in {field}." },
  unknown_province: {
    ar: "العمالة أو الإقليم في «{field}» غير معروف.",
    fr: "La province ou préfecture « {field} » est inconnue.",
    en: "Unknown province or prefecture in {field}.",
  },
  province_not_in_region: {
    ar: "الإقليم المختار في «{field}» لا ينتمي إلى الجهة المختارة.",
    fr: "La province choisie (« {field} ») n'appartient pas à la région choisie.",
    en: "The province in {field} is not in the chosen region.",
  },
  invalid_postal_code: {
    ar: "الرمز البريدي في «{field}» يجب أن يتكون من 5 أرقام.",
    fr: "Le code postal « {field} » doit comporter 5 chiffres.",
    en: "{field} must be a 5-digit postal code.",
  },
  too_long: { ar: "«{field}» طويل جدا.", fr: "« {field} » est trop long.", en: "{field} is too long." },
  invalid_email: {
    ar: "البريد الإلكتروني في «{field}» غير صحيح.",
    fr: "L'adresse e-mail « {field} » n'est pas valide.",
    en: "{field} is not a valid email address.",
  },
  unsupported_country: {
    ar: "نوصل حاليا داخل المغرب فقط.",
    fr: "Nous livrons pour l'instant au Maroc uniquement.",
    en: "We currently deliver within Morocco only.",
  },
  missing_shipping_method: {
    ar: "اختر طريقة التوصيل لطلبية «{field}».",
    fr: "Choisissez un mode de livraison pour « {field} ».",
    en: "Choose a shipping method for {field}.",
  },
  out_of_stock: {
    ar: "لم تعد الكمية المطلوبة من «{field}» متوفرة.",
    fr: "La quantité demandée de « {field} » n'est plus disponible.",
    en: "The quantity you asked for of {field} is no longer available.",
  },
  try_again: {
    ar: "الطلبات كثيرة في هذه اللحظة: أعد تأكيد طلبك بعد قليل، لم يُسجَّل أي شيء بعد.",
    fr: "Beaucoup de commandes en ce moment : confirmez à nouveau dans un instant, rien n'a encore été enregistré.",
    en: "Many orders are being placed right now: confirm again in a moment; nothing has been recorded yet.",
  },
  payment_declined: {
    ar: "لم يُقبَل الأداء بالبطاقة: جرّب بطاقة أخرى أو اختر الأداء عند التسليم. سلتك محفوظة.",
    fr: "Le paiement par carte n'a pas été accepté : essayez une autre carte ou le paiement à la livraison. Votre panier est conservé.",
    en: "The card payment was not accepted: try another card or pay on delivery. Your cart is kept.",
  },
  payment_required: {
    ar: "اختر طريقة الأداء قبل تأكيد الطلب.",
    fr: "Choisissez un moyen de paiement avant de confirmer la commande.",
    en: "Choose a payment method before placing the order.",
  },
  not_for_sale: {
    ar: "«{field}» لم يعد معروضا للبيع: احذفه من سلتك.",
    fr: "« {field} » n'est plus en vente : retirez-le de votre panier.",
    en: "{field} is no longer for sale: remove it from your cart.",
  },
  invalid_quantity: {
    ar: "«{field}» يجب أن يكون عددا صحيحا من 1 إلى 99.",
    fr: "« {field} » doit être un nombre entier de 1 à 99.",
    en: "{field} must be a whole number from 1 to 99.",
  },
  cart_changed: {
    ar: "تغيّرت الأسعار أو التوصيل منذ آخر اطلاع على سلتك: راجع المجموع الجديد ثم أكّد الطلب من جديد.",
    fr: "Des prix ou la livraison ont changé depuis que vous avez vu votre panier : vérifiez le nouveau total puis confirmez à nouveau.",
    en: "Prices or shipping changed since you last saw your cart: check the new total, then confirm again.",
  },
  invalid_value: {
    ar: "قيمة «{field}» غير صالحة.",
    fr: "La valeur de « {field} » n'est pas valide.",
    en: "{field} has an invalid value.",
  },
  invalid_characters: {
    ar: "«{field}» يحتوي على حرف لا يمكن قراءته ولا حفظه (حرف فارغ أو حرف يونيكود ناقص): احذفه.",
    fr: "« {field} » contient un caractère illisible, impossible à enregistrer (caractère nul ou caractère Unicode incomplet) : supprimez-le.",
    en: "There is a character in {field} that cannot be read or stored (a null character or an incomplete Unicode character): remove it.",
  },
  malformed_encoding: {
    ar: "«{field}» غير مرمَّز بشكل صحيح: كل علامة % يجب أن يتبعها رقمان ست عشريان من نص UTF-8.",
    fr: "Le texte de « {field} » est mal encodé : chaque signe % doit être suivi de deux chiffres hexadécimaux d'un texte UTF-8.",
    en: "The text of {field} is not correctly encoded: each % must be followed by two hexadecimal digits of UTF-8 text.",
  },
  single_value: {
    ar: "«{field}» يجب أن يُعطى مرة واحدة، نصًّا.",
    fr: "« {field} » doit être donné une seule fois, sous forme de texte.",
    en: "{field} must be given once, as text.",
  },
  malformed_json: {
    ar: "«{field}» ليس بصيغة JSON صحيحة.",
    fr: "« {field} » n'est pas du JSON valide.",
    en: "{field} is not valid JSON.",
  },
  value_out_of_range: {
    ar: "في «{field}» قيمة خارج ما يمكن حفظه (تاريخ أو عدد بعيد جدا).",
    fr: "Une valeur de « {field} » est hors des limites enregistrables (date ou nombre trop éloignés).",
    en: "A value in {field} is outside what can be stored (a date or number too far out).",
  },
  too_deep: {
    ar: "«{field}» متداخل أكثر من اللازم: 32 مستوى على الأكثر.",
    fr: "« {field} » est imbriqué trop profondément : 32 niveaux au plus.",
    en: "{field} is nested too deeply: 32 levels at most.",
  },
}

/** Localized labels of the address and contact fields, for messages. */
export const FIELD_LABELS: Record<string, LocalizedText> = {
  first_name: { ar: "الاسم الشخصي", fr: "Prénom", en: "First name" },
  last_name: { ar: "الاسم العائلي", fr: "Nom", en: "Last name" },
  phone: { ar: "الهاتف", fr: "Téléphone", en: "Phone" },
  address_1: { ar: "العنوان", fr: "Adresse", en: "Address" },
  address_2: { ar: "تكملة العنوان", fr: "Complément d'adresse", en: "Address line 2" },
  city: { ar: "المدينة", fr: "Ville", en: "City" },
  province: { ar: "العمالة أو الإقليم", fr: "Province ou préfecture", en: "Province or prefecture" },
  region: { ar: "الجهة", fr: "Région", en: "Region" },
  postal_code: { ar: "الرمز البريدي", fr: "Code postal", en: "Postal code" },
  country_code: { ar: "البلد", fr: "Pays", en: "Country" },
  email: { ar: "البريد الإلكتروني", fr: "E-mail", en: "Email" },
  quantity: { ar: "الكمية", fr: "Quantité", en: "Quantity" },
  path: { ar: "مسار الطلب", fr: "Chemin de la requête", en: "Request path" },
  query: { ar: "معاملات الطلب", fr: "Paramètres de la requête", en: "Query parameters" },
  body: { ar: "مضمون الطلب", fr: "Corps de la requête", en: "Request body" },
  locale: { ar: "اللغة", fr: "Langue", en: "Language" },
}

/** The message for a code; `field` is a field name (labelled per locale) or a name to quote as is. */
export function validationMessage(code: ValidationCode, field: string, locale: keyof LocalizedText): string {
  const label = FIELD_LABELS[field.split(".").pop() ?? field]?.[locale] ?? field
  return VALIDATION_MESSAGES[code][locale].replace("{field}", label)
}
