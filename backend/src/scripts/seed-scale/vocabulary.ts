import type { LocalizedText, Sector } from "@tadamon/shared"
import { FIGS, HERBS, HONEY } from "./vocabulary/food"
import { CRAFTS, OLIVE_OIL } from "./vocabulary/oil-crafts"


/**
 * The words the benchmark catalog is written with, in Arabic (stored) with French and English
 * (translations). Kinds are the products Moroccan cooperatives sell; each borrows the pictures of
 * the demo product it resembles. Phrases avoid grammatical agreement with the product's noun, so
 * any phrase goes with any kind. `{cooperative}` and `{where}` are filled in per product.
 */

import type { ProductKind } from "./vocabulary/common"

export type { ProductKind }

export const PRODUCT_KINDS: ProductKind[] = [...HONEY, ...FIGS, ...HERBS, ...OLIVE_OIL, ...CRAFTS]

/** Short phrases that qualify a product of the sector, lower-case (they follow the title in brackets). */
export const FEATURES: Record<Sector, LocalizedText[]> = {
  honey: [
    { ar: "حصاد الربيع", fr: "récolte de printemps", en: "spring harvest" },
    { ar: "حصاد الخريف", fr: "récolte d'automne", en: "autumn harvest" },
    { ar: "إنتاج محدود", fr: "production limitée", en: "small batch" },
    { ar: "من مناحل جبلية", fr: "ruchers de montagne", en: "mountain apiaries" },
  ],
  "figs-dried-fruit": [
    { ar: "موسم 2026", fr: "saison 2026", en: "2026 season" },
    { ar: "تجفيف شمسي", fr: "séchage au soleil", en: "sun-dried" },
    { ar: "جودة ممتازة", fr: "qualité extra", en: "extra grade" },
    { ar: "بدون إضافات", fr: "sans additifs", en: "no additives" },
  ],
  herbs: [
    { ar: "قطف يدوي", fr: "cueillette à la main", en: "hand-picked" },
    { ar: "تجفيف في الظل", fr: "séchage à l'ombre", en: "shade-dried" },
    { ar: "قطف مستدام", fr: "cueillette durable", en: "sustainably picked" },
    { ar: "بدون إضافات", fr: "sans additifs", en: "no additives" },
  ],
  "olive-oil": [
    { ar: "عصر على البارد", fr: "pression à froid", en: "cold-pressed" },
    { ar: "موسم 2025-2026", fr: "campagne 2025-2026", en: "2025–26 season" },
    { ar: "معصرة التعاونية", fr: "moulin coopératif", en: "cooperative mill" },
    { ar: "بدون إضافات", fr: "sans additifs", en: "no additives" },
  ],
  crafts: [
    { ar: "صنع يدوي", fr: "fait main", en: "handmade" },
    { ar: "قطعة فريدة", fr: "pièce unique", en: "one of a kind" },
    { ar: "تصميم تقليدي", fr: "motif traditionnel", en: "traditional design" },
    { ar: "مواد طبيعية", fr: "matières naturelles", en: "natural materials" },
  ],
}

/** Who made it and where; always part of the description. */
export const MAKER_SENTENCE: Record<"food" | "crafts", LocalizedText> = {
  food: {
    ar: "إنتاج {cooperative} ({where}).",
    fr: "Production : {cooperative} ({where}).",
    en: "Made by {cooperative} ({where}).",
  },
  crafts: {
    ar: "صنع {cooperative} ({where}).",
    fr: "Atelier : {cooperative} ({where}).",
    en: "Crafted by {cooperative} ({where}).",
  },
}

/** More sentences a description may take, per sector. */
export const SECTOR_SENTENCES: Record<Sector, LocalizedText[]> = {
  honey: [
    {
      ar: "ينقل النحالون خلاياهم بين المراعي حسب المواسم.",
      fr: "Les apiculteurs déplacent leurs ruches d'un parcours à l'autre au fil des saisons.",
      en: "The beekeepers move their hives between pastures with the seasons.",
    },
    {
      ar: "قد يتبلور مع البرد، وهذا دليل على طبيعته.",
      fr: "Il peut cristalliser au froid, signe de son authenticité.",
      en: "It may crystallise in the cold, a sign that it is natural.",
    },
  ],
  "figs-dried-fruit": [
    {
      ar: "يقطف في أواخر الصيف ويفرز يدويا.",
      fr: "Cueillette à la fin de l'été et tri à la main.",
      en: "Picked in late summer and sorted by hand.",
    },
    {
      ar: "مناسب للضيافة مع الشاي أو للطبخ.",
      fr: "À servir avec le thé ou à cuisiner.",
      en: "To serve with tea or to cook with.",
    },
  ],
  herbs: [
    {
      ar: "يجفف في الظل ويعبأ في أكياس ورقية تحفظ عطره.",
      fr: "Séchage à l'ombre, en sachets de papier qui gardent le parfum.",
      en: "Shade-dried and packed in paper bags that keep the scent.",
    },
    {
      ar: "تقطف النباتات باعتدال حتى تتجدد في الموسم المقبل.",
      fr: "Les plantes sont cueillies avec mesure pour repousser la saison suivante.",
      en: "Plants are picked sparingly so they grow back the next season.",
    },
  ],
  "olive-oil": [
    {
      ar: "زيتون من أشجار بعلية تسقى بماء المطر وحده.",
      fr: "Des olives d'arbres non irrigués, nourris de la seule pluie.",
      en: "Olives from rain-fed trees, never irrigated.",
    },
    {
      ar: "يعصر في معصرة التعاونية خلال أيام من القطف.",
      fr: "Pressage au moulin de la coopérative dans les jours qui suivent la cueillette.",
      en: "Pressed at the cooperative's mill within days of picking.",
    },
  ],
  crafts: [
    {
      ar: "كل قطعة فريدة وقد تختلف قليلا عن الصورة.",
      fr: "Chaque pièce est unique et peut différer légèrement de la photo.",
      en: "Every piece is unique and may differ slightly from the photo.",
    },
    {
      ar: "مواد محلية وأدوات تقليدية، وعمل يستغرق أياما أو أسابيع.",
      fr: "Des matières locales, des outils traditionnels, et des jours ou des semaines de travail.",
      en: "Local materials, traditional tools, and days or weeks of work.",
    },
  ],
}

/** Sentences for any product. */
export const COMMON_SENTENCES: LocalizedText[] = [
  {
    ar: "كل عملية شراء تدعم دخل عضوات وأعضاء التعاونية.",
    fr: "Chaque achat soutient le revenu des membres de la coopérative.",
    en: "Every purchase supports the income of the cooperative's members.",
  },
  {
    ar: "بيع مباشر من التعاونية، دون وسطاء.",
    fr: "En vente directe par la coopérative, sans intermédiaire.",
    en: "Sold directly by the cooperative, with no middlemen.",
  },
  {
    ar: "يشحن من مقر التعاونية عبر أمانة أو يسلم باليد في الإقليم.",
    fr: "Expédition depuis la coopérative par Amana, ou livraison en main propre dans la province.",
    en: "Shipped from the cooperative by Amana, or delivered by hand within the province.",
  },
]

/** Names generated cooperatives take ("Cooperative Al Amal of Taza"). */
export const COOPERATIVE_NAMES: LocalizedText[] = [
  { ar: "الأمل", fr: "Al Amal", en: "Al Amal" },
  { ar: "النور", fr: "Nour", en: "Nour" },
  { ar: "البركة", fr: "Al Baraka", en: "Al Baraka" },
  { ar: "التوفيق", fr: "Attawfiq", en: "Attawfiq" },
  { ar: "الخير", fr: "Al Khair", en: "Al Khair" },
  { ar: "الصفاء", fr: "Assafa", en: "Assafa" },
  { ar: "النهضة", fr: "Ennahda", en: "Ennahda" },
  { ar: "تيويزي", fr: "Tiwizi", en: "Tiwizi" },
  { ar: "الوفاء", fr: "Al Wafae", en: "Al Wafae" },
  { ar: "الفلاح", fr: "Al Falah", en: "Al Falah" },
  { ar: "السلام", fr: "Assalam", en: "Assalam" },
  { ar: "الأصالة", fr: "Al Assala", en: "Al Assala" },
  { ar: "تيفاوين", fr: "Tifawin", en: "Tifawin" },
  { ar: "الياسمين", fr: "Yasmine", en: "Yasmine" },
  { ar: "تامونت", fr: "Tamount", en: "Tamount" },
  { ar: "الإخلاص", fr: "Al Ikhlass", en: "Al Ikhlass" },
  { ar: "الأزهار", fr: "Al Azhar", en: "Al Azhar" },
  { ar: "المستقبل", fr: "Al Moustakbal", en: "Al Moustakbal" },
]

/** What a generated cooperative's story says about its trade. */
export const SECTOR_STORIES: Record<Sector, LocalizedText> = {
  honey: {
    ar: "يربي أعضاؤها النحل ويسوّقون عسلهم بشكل جماعي.",
    fr: "Ses membres élèvent des abeilles et vendent leur miel ensemble.",
    en: "Its members keep bees and sell their honey together.",
  },
  "figs-dried-fruit": {
    ar: "تجفف التعاونية التين والفواكه الجافة من حقول أعضائها وتعبئها.",
    fr: "La coopérative sèche et conditionne les figues et fruits secs des vergers de ses membres.",
    en: "The cooperative dries and packs figs and dried fruit from its members' orchards.",
  },
  herbs: {
    ar: "تقطف التعاونية الأعشاب الطبية والعطرية وتجففها وتعبئها.",
    fr: "La coopérative cueille, sèche et conditionne des plantes aromatiques et médicinales.",
    en: "The cooperative picks, dries and packs medicinal and aromatic herbs.",
  },
  "olive-oil": {
    ar: "تعصر التعاونية زيتون أعضائها في معصرة مشتركة.",
    fr: "La coopérative presse les olives de ses membres dans un moulin commun.",
    en: "The cooperative presses its members' olives in a shared mill.",
  },
  crafts: {
    ar: "تجمع التعاونية حرفيات وحرفيين يبيعون منتوجاتهم اليدوية بشكل جماعي.",
    fr: "La coopérative réunit des artisanes et artisans qui vendent ensemble leurs ouvrages.",
    en: "The cooperative brings together craftswomen and craftsmen who sell their work together.",
  },
}
