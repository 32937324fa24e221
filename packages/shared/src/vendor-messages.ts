import type { Locale, LocalizedText } from "./locales"

/** The 400s of the cooperative portal and the organizers' moderation routes: codes, messages, field labels (see vendor-catalog.ts). */

/* ------------------------------------------------------------------------------------------------
 * Errors
 * ---------------------------------------------------------------------------------------------- */

export const VENDOR_VALIDATION_CODES = [
  "required",
  "too_short",
  "too_long",
  "too_small",
  "too_large",
  "invalid_value",
  "invalid_email",
  "invalid_phone",
  "invalid_date",
  "date_in_past",
  "unknown_province",
  "province_not_in_region",
  "sanitary_authorisation_required",
  "unknown_category",
  "unknown_document",
  "label_not_claimable",
  "invalid_file_url",
  "image_type",
  "duplicate_value",
  "invitation_invalid",
  "invitation_other_email",
  "file_type",
  "file_too_large",
  "reason_required",
  "period_reversed",
  "period_too_long",
  "cooperative_not_approved",
  "day_outside_edition",
  "already_taken",
  "csv_columns_missing",
] as const
export type VendorValidationCode = (typeof VENDOR_VALIDATION_CODES)[number]

/** `field` is the path in the request body, e.g. `cooperative.name` or `variants.1.price`. */
export type VendorFieldError = { field: string; code: VendorValidationCode; message: string }
/** HTTP 400 of every route below. */
export type VendorValidationErrorResponse = { type: "invalid_data"; message: string; errors: VendorFieldError[] }
/** HTTP 401/403/404/409: Medusa's error body. */
export type VendorErrorResponse = { type: string; message: string }

/* ------------------------------------------------------------------------------------------------
 * Messages of the 400s
 * ---------------------------------------------------------------------------------------------- */

export const VENDOR_VALIDATION_MESSAGES: Record<VendorValidationCode, LocalizedText> = {
  required: { ar: "الحقل «{field}» مطلوب.", fr: "Le champ « {field} » est obligatoire.", en: "{field} is required." },
  too_short: { ar: "«{field}» قصير جدا.", fr: "« {field} » est trop court.", en: "{field} is too short." },
  too_long: { ar: "«{field}» طويل جدا.", fr: "« {field} » est trop long.", en: "{field} is too long." },
  too_small: { ar: "قيمة «{field}» صغيرة جدا.", fr: "La valeur de « {field} » est trop petite.", en: "{field} is too small." },
  too_large: { ar: "قيمة «{field}» كبيرة جدا.", fr: "La valeur de « {field} » est trop grande.", en: "{field} is too large." },
  invalid_value: { ar: "قيمة «{field}» غير صالحة.", fr: "La valeur de « {field} » n'est pas valide.", en: "{field} has an invalid value." },
  invalid_email: {
    ar: "البريد الإلكتروني في «{field}» غير صحيح.",
    fr: "L'adresse e-mail « {field} » n'est pas valide.",
    en: "{field} is not a valid email address.",
  },
  invalid_phone: {
    ar: "رقم الهاتف في «{field}» غير صحيح: اكتب رقما مغربيا مثل 0612345678.",
    fr: "Le numéro « {field} » n'est pas valide : saisissez un numéro marocain, par exemple 0612345678.",
    en: "{field} is not a valid Moroccan number, e.g. 0612345678.",
  },
  invalid_date: {
    ar: "التاريخ في «{field}» غير صحيح (سنة-شهر-يوم).",
    fr: "La date « {field} » n'est pas valide (AAAA-MM-JJ).",
    en: "{field} is not a valid date (YYYY-MM-DD).",
  },
  date_in_past: {
    ar: "انتهت صلاحية الوثيقة: «{field}» تاريخ مضى.",
    fr: "Le document a expiré : « {field} » est une date passée.",
    en: "The document has expired: {field} is in the past.",
  },
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
  sanitary_authorisation_required: {
    ar: "التعاونيات الغذائية ترفق الترخيص الصحي (أونسا) في «{field}».",
    fr: "Les coopératives alimentaires joignent leur autorisation sanitaire (ONSSA) dans « {field} ».",
    en: "Food cooperatives attach their sanitary authorisation (ONSSA) in {field}.",
  },
  unknown_category: {
    ar: "الصنف في «{field}» غير موجود.",
    fr: "La catégorie « {field} » n'existe pas.",
    en: "The category in {field} does not exist.",
  },
  unknown_document: {
    ar: "الوثيقة في «{field}» ليست من وثائق تعاونيتكم.",
    fr: "Le document « {field} » n'appartient pas à votre coopérative.",
    en: "The document in {field} is not one of your cooperative's.",
  },
  label_not_claimable: {
    ar: "لا يمكن ذكر العلامة في «{field}»: يجب أن تكون شهادة بيان جغرافي أو منتوج بيولوجي مُتحقَّقا منها وسارية.",
    fr: "Le label « {field} » ne peut pas être revendiqué : il faut un certificat IGP ou bio vérifié et en cours de validité.",
    en: "The label in {field} cannot be claimed: it must be a verified, unexpired IGP or organic certificate.",
  },
  invalid_file_url: {
    ar: "الملف في «{field}» ليس من الملفات التي رفعتموها على تضامن لهذا الغرض.",
    fr: "Le fichier « {field} » ne fait pas partie des fichiers que vous avez téléversés sur Tadamon pour cet usage.",
    en: "The file in {field} is not one you uploaded to Tadamon for this use.",
  },
  image_type: {
    ar: "الصور في «{field}» تكون بصيغة JPEG أو PNG أو WebP.",
    fr: "Les photos de « {field} » doivent être en JPEG, PNG ou WebP.",
    en: "Photos in {field} must be JPEG, PNG or WebP.",
  },
  duplicate_value: {
    ar: "القيمة في «{field}» مكررة.",
    fr: "La valeur de « {field} » est en double.",
    en: "{field} is repeated.",
  },
  invitation_invalid: {
    ar: "الدعوة غير صالحة أو انتهت مدتها: اطلبوا دعوة جديدة.",
    fr: "L'invitation n'est plus valable ou a expiré : demandez-en une nouvelle.",
    en: "The invitation is not valid or has expired: ask for a new one.",
  },
  invitation_other_email: {
    ar: "أُرسلت هذه الدعوة إلى بريد إلكتروني آخر: سجّلوا بالبريد الذي توصّل بها.",
    fr: "Cette invitation a été envoyée à une autre adresse : inscrivez-vous avec l'adresse qui l'a reçue.",
    en: "This invitation was sent to another address: register with the address that received it.",
  },
  file_type: {
    ar: "نوع الملف في «{field}» غير مقبول: صور (JPEG أو PNG أو WebP) أو PDF.",
    fr: "Type de fichier refusé pour « {field} » : images (JPEG, PNG, WebP) ou PDF.",
    en: "{field}: only images (JPEG, PNG, WebP) or PDF are accepted.",
  },
  file_too_large: {
    ar: "الملف في «{field}» أكبر من 5 ميغابايت.",
    fr: "Le fichier « {field} » dépasse 5 Mo.",
    en: "{field} is larger than 5 MB.",
  },
  reason_required: {
    ar: "اكتبوا السبب في «{field}».",
    fr: "Indiquez la raison dans « {field} ».",
    en: "Give the reason in {field}.",
  },
  period_reversed: {
    ar: "«{field}» يجب ألا يكون بعد تاريخ النهاية.",
    fr: "« {field} » ne peut pas être après la date de fin.",
    en: "{field} must not be after the end date.",
  },
  period_too_long: {
    ar: "الفترة التي تبدأ من «{field}» طويلة جدا لهذا التقسيم: اختاروا تقسيما أطول.",
    fr: "La période à partir de « {field} » est trop longue pour ce découpage : choisissez un intervalle plus long.",
    en: "The period starting at {field} is too long for this interval: choose a longer interval.",
  },
  cooperative_not_approved: {
    ar: "التعاونية في «{field}» غير موجودة أو لم تُقبل بعد.",
    fr: "La coopérative « {field} » n'existe pas ou n'est pas validée.",
    en: "The cooperative in {field} does not exist or is not approved.",
  },
  day_outside_edition: {
    ar: "«{field}» يجب أن يكون بين اليوم الأول واليوم الأخير للدورة.",
    fr: "« {field} » doit tomber entre le premier et le dernier jour de l'édition.",
    en: "{field} must fall between the edition's first and last day.",
  },
  already_taken: {
    ar: "«{field}» مستعمل من قبل.",
    fr: "« {field} » est déjà utilisé.",
    en: "{field} is already taken.",
  },
  csv_columns_missing: {
    ar: "يجب أن يبدأ «{field}» بسطر عناوين يسمي عمود رقم التتبع وعمود المبلغ.",
    fr: "« {field} » doit commencer par une ligne d'en-tête nommant les colonnes du numéro de suivi et du montant.",
    en: "{field} must start with a header row naming the tracking number and amount columns.",
  },
}

/** Labels of the fields named in vendor messages (by last path segment). */
export const VENDOR_FIELD_LABELS: Record<string, LocalizedText> = {
  first_name: { ar: "الاسم الشخصي", fr: "Prénom", en: "First name" },
  last_name: { ar: "الاسم العائلي", fr: "Nom", en: "Last name" },
  phone: { ar: "الهاتف", fr: "Téléphone", en: "Phone" },
  email: { ar: "البريد الإلكتروني", fr: "E-mail", en: "Email" },
  name: { ar: "اسم التعاونية", fr: "Nom de la coopérative", en: "Cooperative name" },
  name_fr: { ar: "الاسم بالفرنسية", fr: "Nom en français", en: "Name in French" },
  name_en: { ar: "الاسم بالإنجليزية", fr: "Nom en anglais", en: "Name in English" },
  handle: { ar: "المعرّف", fr: "Identifiant", en: "Handle" },
  legal_registration_number: { ar: "رقم التسجيل", fr: "Numéro d'immatriculation", en: "Registration number" },
  region: { ar: "الجهة", fr: "Région", en: "Region" },
  province: { ar: "العمالة أو الإقليم", fr: "Province ou préfecture", en: "Province or prefecture" },
  commune: { ar: "الجماعة", fr: "Commune", en: "Commune" },
  sector: { ar: "القطاع", fr: "Secteur", en: "Sector" },
  founding_year: { ar: "سنة التأسيس", fr: "Année de création", en: "Founding year" },
  member_count: { ar: "عدد الأعضاء", fr: "Nombre de membres", en: "Number of members" },
  women_member_count: { ar: "عدد العضوات", fr: "Nombre de femmes membres", en: "Number of women members" },
  story: { ar: "قصة التعاونية", fr: "Histoire de la coopérative", en: "Story" },
  story_fr: { ar: "القصة بالفرنسية", fr: "Histoire en français", en: "Story in French" },
  story_en: { ar: "القصة بالإنجليزية", fr: "Histoire en anglais", en: "Story in English" },
  contact_phone: { ar: "هاتف التعاونية", fr: "Téléphone de la coopérative", en: "Cooperative phone" },
  contact_email: { ar: "البريد الإلكتروني للتعاونية", fr: "E-mail de la coopérative", en: "Cooperative email" },
  documents: { ar: "الوثائق", fr: "Documents", en: "Documents" },
  type: { ar: "نوع الوثيقة", fr: "Type de document", en: "Document type" },
  label_name: { ar: "اسم العلامة", fr: "Nom du label", en: "Label name" },
  number: { ar: "الرقم", fr: "Numéro", en: "Number" },
  issuer: { ar: "الجهة المُصدِرة", fr: "Organisme émetteur", en: "Issuer" },
  valid_until: { ar: "صالح إلى غاية", fr: "Valable jusqu'au", en: "Valid until" },
  file_url: { ar: "الملف", fr: "Fichier", en: "File" },
  files: { ar: "الملفات", fr: "Fichiers", en: "Files" },
  token: { ar: "رمز الدعوة", fr: "Code d'invitation", en: "Invitation code" },
  title: { ar: "العنوان", fr: "Titre", en: "Title" },
  description: { ar: "الوصف", fr: "Description", en: "Description" },
  category_ids: { ar: "الأصناف", fr: "Catégories", en: "Categories" },
  option_title: { ar: "اسم الخيار", fr: "Nom de l'option", en: "Option name" },
  option_value: { ar: "قيمة الخيار", fr: "Valeur de l'option", en: "Option value" },
  variants: { ar: "الأصناف الفرعية", fr: "Variantes", en: "Variants" },
  price: { ar: "الثمن", fr: "Prix", en: "Price" },
  stock: { ar: "المخزون", fr: "Stock", en: "Stock" },
  quantity: { ar: "الكمية", fr: "Quantité", en: "Quantity" },
  images: { ar: "الصور", fr: "Images", en: "Images" },
  label_document_ids: { ar: "العلامات", fr: "Labels", en: "Labels" },
  status: { ar: "الحالة", fr: "Statut", en: "Status" },
  reason: { ar: "السبب", fr: "Raison", en: "Reason" },
  decision: { ar: "القرار", fr: "Décision", en: "Decision" },
  locale: { ar: "اللغة", fr: "Langue", en: "Language" },
  q: { ar: "البحث", fr: "Recherche", en: "Search" },
  limit: { ar: "العدد", fr: "Nombre", en: "Limit" },
  offset: { ar: "البداية", fr: "Début", en: "Offset" },
  carrier: { ar: "شركة النقل", fr: "Transporteur", en: "Carrier" },
  tracking_number: { ar: "رقم التتبع", fr: "Numéro de suivi", en: "Tracking number" },
  tracking_url: { ar: "رابط التتبع", fr: "Lien de suivi", en: "Tracking link" },
  from: { ar: "من تاريخ", fr: "Du", en: "From" },
  to: { ar: "إلى تاريخ", fr: "Au", en: "To" },
  interval: { ar: "التقسيم", fr: "Intervalle", en: "Interval" },
  // Organizers' settlement.
  csv: { ar: "ملف الكشف", fr: "Fichier du relevé", en: "Statement file" },
  filename: { ar: "اسم الملف", fr: "Nom du fichier", en: "File name" },
  // Market editions (organizers). Dotted keys label a text in one language, e.g. `program.0.title.fr`.
  "name.ar": { ar: "الاسم بالعربية", fr: "Nom en arabe", en: "Name in Arabic" },
  "name.fr": { ar: "الاسم بالفرنسية", fr: "Nom en français", en: "Name in French" },
  "name.en": { ar: "الاسم بالإنجليزية", fr: "Nom en anglais", en: "Name in English" },
  venue: { ar: "المكان", fr: "Lieu", en: "Venue" },
  "venue.ar": { ar: "المكان بالعربية", fr: "Lieu en arabe", en: "Venue in Arabic" },
  "venue.fr": { ar: "المكان بالفرنسية", fr: "Lieu en français", en: "Venue in French" },
  "venue.en": { ar: "المكان بالإنجليزية", fr: "Lieu en anglais", en: "Venue in English" },
  "title.ar": { ar: "العنوان بالعربية", fr: "Titre en arabe", en: "Title in Arabic" },
  "title.fr": { ar: "العنوان بالفرنسية", fr: "Titre en français", en: "Title in French" },
  "title.en": { ar: "العنوان بالإنجليزية", fr: "Titre en anglais", en: "Title in English" },
  starts_on: { ar: "اليوم الأول", fr: "Premier jour", en: "First day" },
  ends_on: { ar: "اليوم الأخير", fr: "Dernier jour", en: "Last day" },
  edition_number: { ar: "رقم الدورة", fr: "Numéro de l'édition", en: "Edition number" },
  participants: { ar: "التعاونيات المشاركة", fr: "Coopératives participantes", en: "Participating cooperatives" },
  cooperative_id: { ar: "التعاونية", fr: "Coopérative", en: "Cooperative" },
  stand_number: { ar: "رقم الرواق", fr: "Numéro de stand", en: "Stand number" },
  program: { ar: "البرنامج", fr: "Programme", en: "Program" },
  kind: { ar: "النوع", fr: "Type", en: "Kind" },
  day: { ar: "اليوم", fr: "Jour", en: "Day" },
  starts_at: { ar: "ساعة البداية", fr: "Heure de début", en: "Start time" },
  ends_at: { ar: "ساعة النهاية", fr: "Heure de fin", en: "End time" },
  rating: { ar: "التقييم", fr: "Note", en: "Rating" },
  text: { ar: "النص", fr: "Texte", en: "Text" },
  language: { ar: "اللغة", fr: "Langue", en: "Language" },
  order_id: { ar: "الطلب", fr: "Commande", en: "Order" },
  line_item_id: { ar: "المنتج المطلوب", fr: "Article commandé", en: "Ordered item" },
}

/**
 * The message for a code; the field's last non-numeric path segment is labelled per locale (its last
 * two, e.g. `name.fr`, when they have a label of their own).
 */
export function vendorValidationMessage(code: VendorValidationCode, field: string, locale: Locale): string {
  const segments = field.split(".").filter((segment) => !/^\d+$/.test(segment))
  const key = segments[segments.length - 1] ?? field
  const pair = segments.slice(-2).join(".")
  const label = (segments.length > 1 ? VENDOR_FIELD_LABELS[pair]?.[locale] : undefined) ?? VENDOR_FIELD_LABELS[key]?.[locale] ?? field
  return VENDOR_VALIDATION_MESSAGES[code][locale].replace("{field}", label)
}
