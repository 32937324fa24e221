import type { LocalizedText } from "./locales"

/**
 * The field errors (HTTP 400) of the Store API and of the API's own request checks (path, query,
 * body): codes, their messages and the field labels, in ar, fr and en. Kept apart from checkout.ts
 * so `@tadamon/shared/i18n` carries the catalog without the checkout contract; the cooperative
 * portal's catalog is vendor-messages.ts.
 */

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
  "terms_not_accepted",
  "terms_changed",
  "wrong_password",
  "orders_in_progress",
  "not_favouritable",
  "invalid_link",
  "unknown_order_line",
  "review_not_delivered",
  "review_exists",
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
  terms_not_accepted: {
    ar: "اقرأ شروط البيع ووافق عليها قبل تأكيد الطلب.",
    fr: "Lisez et acceptez les conditions générales de vente avant de confirmer la commande.",
    en: "Read and accept the terms of sale before placing the order.",
  },
  terms_changed: {
    ar: "تغيّرت شروط البيع: اقرأ النسخة السارية ووافق عليها.",
    fr: "Les conditions générales de vente ont changé : lisez la version en vigueur et acceptez-la.",
    en: "The terms of sale have changed: read the version in force and accept it.",
  },
  wrong_password: {
    ar: "كلمة المرور غير صحيحة.",
    fr: "Le mot de passe est incorrect.",
    en: "The password is not correct.",
  },
  orders_in_progress: {
    ar: "لديك طلبات لم تُسلَّم بعد: يمكنك حذف حسابك بعد تسليمها أو إلغائها، لأن التعاونيات تحتاج عنوانك لإيصالها.",
    fr: "Vous avez des commandes pas encore livrées : vous pourrez supprimer votre compte une fois livrées ou annulées, car les coopératives ont besoin de votre adresse pour les livrer.",
    en: "You have orders not yet delivered: you can delete your account once they are delivered or cancelled, as the cooperatives need your address to deliver them.",
  },
  not_favouritable: {
    ar: "لا يمكن حفظ هذا المنتج أو متابعة هذه التعاونية: ليس معروضا على تضامن حاليا.",
    fr: "Impossible d'enregistrer ce produit ou de suivre cette coopérative : il n'est pas proposé sur Tadamon en ce moment.",
    en: "This product or cooperative cannot be saved: it is not offered on Tadamon right now.",
  },
  invalid_link: {
    ar: "هذا الرابط غير صالح: انسخه كاملا من الرسالة.",
    fr: "Ce lien n'est pas valide : copiez-le en entier depuis l'e-mail.",
    en: "This link is not valid: copy it in full from the email.",
  },
  unknown_order_line: {
    ar: "«{field}» لا يطابق أي منتج في طلباتك.",
    fr: "« {field} » ne correspond à aucun article de vos commandes.",
    en: "{field} matches no item of your orders.",
  },
  review_not_delivered: {
    ar: "يمكنك تقييم هذا المنتج بعد تسليمه إليك.",
    fr: "Vous pourrez donner votre avis sur ce produit une fois qu'il vous aura été livré.",
    en: "You can review this product once it has been delivered to you.",
  },
  review_exists: {
    ar: "لقد قيّمت هذا المنتج من هذا الطلب من قبل.",
    fr: "Vous avez déjà donné votre avis sur cet article de cette commande.",
    en: "You have already reviewed this item of this order.",
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
  password: { ar: "كلمة المرور", fr: "Mot de passe", en: "Password" },
  marketing_consent: { ar: "الموافقة على الرسائل الإخبارية", fr: "Accord pour les e-mails d'information", en: "Consent to news emails" },
  terms_acceptance: { ar: "الموافقة على شروط البيع", fr: "Acceptation des conditions de vente", en: "Acceptance of the terms of sale" },
  line_item_id: { ar: "المنتج المطلوب", fr: "Article commandé", en: "Ordered item" },
}

/** The message for a code; `field` is a field name (labelled per locale) or a name to quote as is. */
export function validationMessage(code: ValidationCode, field: string, locale: keyof LocalizedText): string {
  const label = FIELD_LABELS[field.split(".").pop() ?? field]?.[locale] ?? field
  return VALIDATION_MESSAGES[code][locale].replace("{field}", label)
}
