import type { LocalizedText } from "@tadamon/shared"

/**
 * The catalog's categories. Arabic is the stored text; French and English become translations.
 * Top-level handles match the cooperative sectors of @tadamon/shared.
 */
export type SeedCategory = {
  handle: string
  name: LocalizedText
  description: LocalizedText
  children?: SeedCategory[]
}

export const CATEGORIES: SeedCategory[] = [
  {
    handle: "honey",
    name: { ar: "العسل", fr: "Miel", en: "Honey" },
    description: {
      ar: "عسل حر من مناحل التعاونيات في جبال ما قبل الريف والأطلس المتوسط: زعتر وخروب وخلنج وأزهار برية.",
      fr: "Du miel pur des ruchers coopératifs du Pré-Rif et du Moyen Atlas : thym, caroubier, bruyère et fleurs sauvages.",
      en: "Pure honey from cooperative apiaries in the Pre-Rif and Middle Atlas mountains: thyme, carob, heather and wildflowers.",
    },
  },
  {
    handle: "figs-dried-fruit",
    name: { ar: "التين والفواكه الجافة", fr: "Figues et fruits secs", en: "Figs & dried fruit" },
    description: {
      ar: "تين مجفف تحت الشمس ولوز بلدي ومربيات من حقول إقليم تاونات.",
      fr: "Figues séchées au soleil, amandes beldi et confitures des vergers de la province de Taounate.",
      en: "Sun-dried figs, beldi almonds and jams from the orchards of Taounate province.",
    },
  },
  {
    handle: "herbs",
    name: { ar: "الأعشاب الطبية والعطرية", fr: "Plantes aromatiques et médicinales", en: "Medicinal & aromatic herbs" },
    description: {
      ar: "زعتر وإكليل الجبل وفليو ولويزة، تقطف باعتدال وتجفف في الظل.",
      fr: "Thym, romarin, menthe pouliot et verveine, cueillis avec mesure et séchés à l'ombre.",
      en: "Thyme, rosemary, pennyroyal and lemon verbena, picked sparingly and dried in the shade.",
    },
  },
  {
    handle: "olive-oil",
    name: { ar: "زيت الزيتون", fr: "Huile d'olive", en: "Olive oil" },
    description: {
      ar: "زيت زيتون معصور على البارد وزيتون مصبر وصابون بلدي من تعاونيات جهة فاس مكناس.",
      fr: "Huile d'olive pressée à froid, olives de table et savon beldi des coopératives de Fès-Meknès.",
      en: "Cold-pressed olive oil, table olives and beldi soap from cooperatives in Fès-Meknès.",
    },
  },
  {
    handle: "crafts",
    name: { ar: "الصناعة التقليدية", fr: "Artisanat", en: "Crafts" },
    description: {
      ar: "زرابي وأغطية صوفية وخشب الأرز المنحوت وطرز يدوي، من صنع حرفيات وحرفيي التعاونيات.",
      fr: "Tapis, couvertures en laine, cèdre sculpté et broderie main, faits par les artisanes et artisans des coopératives.",
      en: "Rugs, wool blankets, carved cedar and hand embroidery, made by cooperative craftswomen and craftsmen.",
    },
    children: [
      {
        handle: "weaving",
        name: { ar: "النسيج", fr: "Tissage", en: "Weaving" },
        description: {
          ar: "زرابي وأغطية ووسائد منسوجة على النول التقليدي من صوف محلي.",
          fr: "Tapis, couvertures et coussins tissés sur métier traditionnel en laine locale.",
          en: "Rugs, blankets and cushions woven on traditional looms from local wool.",
        },
      },
      {
        handle: "woodwork",
        name: { ar: "النجارة الفنية", fr: "Travail du bois", en: "Woodwork" },
        description: {
          ar: "علب وصوان ومرايا من خشب الأرز، منحوتة يدويا بزخارف هندسية.",
          fr: "Boîtes, plateaux et miroirs en cèdre, sculptés à la main de motifs géométriques.",
          en: "Cedar boxes, trays and mirrors, hand-carved with geometric patterns.",
        },
      },
      {
        handle: "sewing-embroidery",
        name: { ar: "الخياطة والطرز", fr: "Couture et broderie", en: "Sewing & embroidery" },
        description: {
          ar: "مفارش ومناديل بالطرز الفاسي وعقاد حريري للجلابة.",
          fr: "Nappes et serviettes brodées au point de Fès, boutons de soie pour djellaba.",
          en: "Tablecloths and napkins in Fez embroidery, silk buttons for djellabas.",
        },
      },
    ],
  },
]

/** Every category, parents before their children. */
export function flattenCategories(categories: SeedCategory[] = CATEGORIES): SeedCategory[] {
  return categories.flatMap((category) => [category, ...flattenCategories(category.children ?? [])])
}
