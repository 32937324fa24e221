import { grams, OPTION, type SeedProduct } from "./variants"

/**
 * Figs and dried fruit. The Nabout figs mention the PGI «Figue sèche Nabout de Taounate» as the
 * variety's background only: no label is claimed, labels are verified in a later feature.
 */
export const FIG_PRODUCTS: SeedProduct[] = [
  {
    handle: "dried-figs-nabout-tissa",
    cooperative: "nisaa-tissa",
    categories: ["figs-dried-fruit"],
    sku: "FIG-NAB",
    image: { kind: "figs", hue: 285 },
    title: { ar: "تين مجفف من صنف النابوت", fr: "Figues sèches, variété Nabout", en: "Dried figs, Nabout variety" },
    subtitle: { ar: "تيسة، إقليم تاونات", fr: "Tissa, province de Taounate", en: "Tissa, Taounate province" },
    description: {
      ar: "تين صغير رقيق القشرة شديد الحلاوة، مجفف تحت شمس تيسة على أطباق القصب. النابوت هو الصنف الذي يقوم عليه البيان الجغرافي المحمي «التين المجفف نابوت تاونات»، ولم يتم بعد التحقق من أي شهادة لهذه الدفعة على المنصة.",
      fr: "Petites figues à la peau fine et à la chair très sucrée, séchées au soleil de Tissa sur des claies de roseau. La Nabout est la variété de l'IGP « Figue sèche Nabout de Taounate » ; aucune certification de ce lot n'a encore été vérifiée sur la plateforme.",
      en: "Small, thin-skinned and very sweet figs, sun-dried on reed racks in Tissa. Nabout is the variety behind the PGI “Figue sèche Nabout de Taounate”; no certification of this lot has been verified on the platform yet.",
    },
    option: OPTION.weight,
    variants: [grams(500, 45, 50), grams(1000, 85, 30)],
  },
  {
    handle: "fig-jam-tissa",
    cooperative: "nisaa-tissa",
    categories: ["figs-dried-fruit"],
    sku: "FIG-JAM",
    image: { kind: "jar", hue: 330 },
    title: { ar: "مربى التين البلدي", fr: "Confiture de figues beldi", en: "Beldi fig jam" },
    description: {
      ar: "مربى يحضّر في ورشة التعاونية من التين الطري والسكر وقليل من الليمون، دون مواد حافظة. يطهى في قدور صغيرة حتى تبقى قطع التين ظاهرة.",
      fr: "Confiture préparée à l'atelier avec des figues fraîches, du sucre et un peu de citron, sans conservateur. Cuite en petites marmites pour garder des morceaux de fruit.",
      en: "Jam made in the cooperative's kitchen from fresh figs, sugar and a little lemon, with no preservatives. Cooked in small pots so that the fruit stays in pieces.",
    },
    option: OPTION.weight,
    variants: [grams(250, 35, 22), grams(450, 55, 0)],
  },
  {
    handle: "almond-stuffed-figs-tissa",
    cooperative: "nisaa-tissa",
    categories: ["figs-dried-fruit"],
    sku: "FIG-ALM",
    image: { kind: "figs", hue: 20 },
    title: { ar: "تين محشو باللوز", fr: "Figues fourrées aux amandes", en: "Almond-stuffed figs" },
    description: {
      ar: "تين مجفف من صنف النابوت يفتح باليد ويحشى بلوز محمص من حقول المنطقة، ضيافة تقليدية تقدم مع الشاي.",
      fr: "Figues sèches Nabout ouvertes à la main et garnies d'amandes grillées de la région, une gourmandise traditionnelle servie avec le thé.",
      en: "Nabout dried figs opened by hand and filled with toasted local almonds, a traditional treat served with mint tea.",
    },
    option: OPTION.weight,
    variants: [grams(500, 75, 3), grams(1000, 140, 9)],
  },
  {
    handle: "beldi-almonds-ain-aicha",
    cooperative: "khayrat-ain-aicha",
    categories: ["figs-dried-fruit"],
    sku: "NUT-ALM",
    image: { kind: "nuts" },
    title: { ar: "لوز بلدي مقشر", fr: "Amandes beldi décortiquées", en: "Shelled beldi almonds" },
    description: {
      ar: "لوز صغير من أشجار بلدية غير مسقية، أغنى طعما من اللوز التجاري. يكسر ويفرز يدويا.",
      fr: "De petites amandes d'amandiers beldi non irrigués, plus savoureuses que les amandes du commerce. Cassées et triées à la main.",
      en: "Small almonds from unirrigated beldi trees, more flavourful than commercial almonds. Cracked and sorted by hand.",
    },
    option: OPTION.weight,
    variants: [grams(500, 70, 16), grams(1000, 135, 7)],
  },
  {
    handle: "beldi-dried-figs-ain-aicha",
    cooperative: "khayrat-ain-aicha",
    categories: ["figs-dried-fruit"],
    sku: "FIG-BEL",
    image: { kind: "figs", hue: 35 },
    title: { ar: "تين مجفف بلدي", fr: "Figues sèches beldi", en: "Beldi dried figs" },
    description: {
      ar: "خليط من أصناف التين المحلية المجففة بالشمس في عين عائشة، طري القوام وحلو بطبيعته. يحفظ في مكان بارد وجاف.",
      fr: "Un mélange de variétés locales séchées au soleil à Aïn Aïcha, moelleuses et naturellement sucrées. À conserver au frais et au sec.",
      en: "A mix of local varieties sun-dried in Ain Aicha, soft and naturally sweet. Store in a cool, dry place.",
    },
    option: OPTION.weight,
    variants: [grams(500, 40, 60), grams(1000, 75, 35)],
  },
  {
    handle: "fig-almond-raisin-mix-ain-aicha",
    cooperative: "khayrat-ain-aicha",
    categories: ["figs-dried-fruit"],
    sku: "NUT-MIX",
    image: { kind: "nuts", hue: 330 },
    title: { ar: "خليط التين واللوز والزبيب", fr: "Mélange figues, amandes et raisins secs", en: "Fig, almond and raisin mix" },
    description: {
      ar: "خليط جاهز للضيافة وللطبخ، يجمع التين المقطع واللوز والزبيب من حقول الأعضاء.",
      fr: "Un mélange prêt pour recevoir ou cuisiner, avec figues coupées, amandes et raisins secs des vergers des membres.",
      en: "A ready mix for guests or for cooking: chopped figs, almonds and raisins from members' orchards.",
    },
    option: OPTION.weight,
    variants: [grams(500, 65, 0), grams(1000, 120, 12)],
  },
]
