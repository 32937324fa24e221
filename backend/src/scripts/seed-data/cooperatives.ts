import type { CooperativeStatus, LocalizedText, Sector } from "@tadamon/shared"

/**
 * Demo cooperatives. Names and figures are invented; the registration numbers ("DEMO-…") and
 * the reserved-looking phone numbers (+212 6 00 00 0x xx) and emails at `.example` mark them as
 * demo data.
 * Communes are real communes of the provinces named, in the Fès-Meknès region (code "03").
 */
export type SeedCooperative = {
  handle: string
  legal_registration_number: string
  province: string
  sector: Sector
  founding_year: number
  member_count: number
  women_member_count: number
  contact_phone: string
  /** At the reserved `.example` domain: shown as the seller's email, reaches no one. */
  contact_email: string
  status: CooperativeStatus
  name: LocalizedText
  commune: LocalizedText
  story: LocalizedText
}

export const REGION_CODE = "03"

export const COOPERATIVES: SeedCooperative[] = [
  {
    handle: "nahl-ouergha",
    legal_registration_number: "DEMO-TAO-001",
    province: "taounate",
    sector: "honey",
    founding_year: 2012,
    member_count: 18,
    women_member_count: 5,
    contact_phone: "+212600000101",
    contact_email: "nahl-ouergha@cooperatives.example",
    status: "approved",
    name: { ar: "تعاونية نحالة الورغة", fr: "Coopérative apicole de l'Ouergha", en: "Ouergha Beekeepers' Cooperative" },
    commune: { ar: "غفساي", fr: "Ghafsai", en: "Ghafsai" },
    story: {
      ar: "أسسها مربو نحل من دواوير غفساي على ضفاف وادي ورغة لتسويق عسلهم الجبلي بشكل جماعي. ينتقل النحالون بخلاياهم بين مراعي الزعتر والخروب حسب المواسم. بدعم من المبادرة الوطنية للتنمية البشرية، استبدلت التعاونية خلاياها التقليدية بخلايا حديثة وجهزت وحدة صغيرة للاستخلاص والتعبئة.",
      fr: "Fondée par des apiculteurs des douars de Ghafsai, sur les rives de l'Ouergha, pour vendre ensemble leur miel de montagne. Les ruches transhument entre les parcours de thym et de caroubier au fil des saisons. Avec le soutien de l'INDH, la coopérative a remplacé ses ruches traditionnelles par des ruches modernes et équipé une petite miellerie.",
      en: "Founded by beekeepers from the villages of Ghafsai, on the banks of the Ouergha river, to sell their mountain honey together. The hives move between thyme and carob pastures with the seasons. With support from the INDH, the cooperative replaced its traditional hives with modern ones and fitted out a small extraction and bottling room.",
    },
  },
  {
    handle: "nahlat-al-jabal",
    legal_registration_number: "DEMO-TAO-002",
    province: "taounate",
    sector: "honey",
    founding_year: 2016,
    member_count: 11,
    women_member_count: 9,
    contact_phone: "+212600000202",
    contact_email: "nahlat-al-jabal@cooperatives.example",
    status: "approved",
    name: { ar: "تعاونية نحلة الجبل النسوية", fr: "Coopérative féminine Nahlat Al Jabal", en: "Nahlat Al Jabal Women's Cooperative" },
    commune: { ar: "طهر السوق", fr: "Thar Es-Souk", en: "Thar Es-Souk" },
    story: {
      ar: "تعاونية تقودها نساء من طهر السوق تعلّمن تربية النحل في ورشات تكوينية ثم اشترين أولى خلاياهن من مدخرات مشتركة. يجنين عسل الخلنج وإكليل الجبل من الغابات المحيطة ويعبئنه يدويا. تعرض التعاونية منتوجاتها كل شهر في السوق المتنقل بتاونات.",
      fr: "Une coopérative menée par des femmes de Thar Es-Souk, formées à l'apiculture lors d'ateliers avant d'acheter leurs premières ruches sur une épargne commune. Elles récoltent le miel de bruyère et de romarin des forêts voisines et le mettent en pot à la main. La coopérative expose chaque mois au marché mobile de Taounate.",
      en: "A women-led cooperative from Thar Es-Souk whose members learned beekeeping in training workshops, then bought their first hives from shared savings. They harvest heather and rosemary honey from the surrounding forests and jar it by hand. The cooperative sells every month at the Taounate mobile market.",
    },
  },
  {
    handle: "nisaa-tissa",
    legal_registration_number: "DEMO-TAO-003",
    province: "taounate",
    sector: "figs-dried-fruit",
    founding_year: 2015,
    member_count: 26,
    women_member_count: 26,
    contact_phone: "+212600000303",
    contact_email: "nisaa-tissa@cooperatives.example",
    status: "approved",
    name: { ar: "تعاونية نساء تيسة للتين", fr: "Coopérative des femmes de Tissa pour la figue", en: "Tissa Women's Fig Cooperative" },
    commune: { ar: "تيسة", fr: "Tissa", en: "Tissa" },
    story: {
      ar: "تجمع التعاونية ستا وعشرين امرأة من تيسة يقطفن التين في أواخر الصيف ويجففنه تحت الشمس على أطباق القصب. تشتغل أساسا على صنف النابوت الذي تشتهر به منطقة تاونات، وتحوّل الباقي إلى مربى وتين محشو باللوز. حصلت التعاونية على مجففات شمسية بدعم من المبادرة الوطنية للتنمية البشرية، وتلتقي زبناءها في السوق المتنقل بتاونات.",
      fr: "La coopérative réunit vingt-six femmes de Tissa qui cueillent les figues à la fin de l'été et les font sécher au soleil sur des claies de roseau. Elles travaillent surtout la Nabout, la variété qui fait la réputation de la région de Taounate, et transforment le reste en confiture et en figues fourrées aux amandes. Des séchoirs solaires ont été acquis avec le soutien de l'INDH, et la coopérative retrouve ses clients au marché mobile de Taounate.",
      en: "The cooperative brings together twenty-six women from Tissa who pick figs in late summer and sun-dry them on reed racks. They work mainly with Nabout, the variety Taounate is known for, and turn the rest into jam and almond-stuffed figs. Solar dryers were bought with support from the INDH, and the cooperative meets its customers at the Taounate mobile market.",
    },
  },
  {
    handle: "khayrat-ain-aicha",
    legal_registration_number: "DEMO-TAO-004",
    province: "taounate",
    sector: "figs-dried-fruit",
    founding_year: 2018,
    member_count: 14,
    women_member_count: 6,
    contact_phone: "+212600000404",
    contact_email: "khayrat-ain-aicha@cooperatives.example",
    status: "approved",
    name: { ar: "تعاونية خيرات عين عائشة", fr: "Coopérative Khayrat Aïn Aïcha", en: "Khayrat Aïn Aïcha Cooperative" },
    commune: { ar: "عين عائشة", fr: "Aïn Aïcha", en: "Ain Aicha" },
    story: {
      ar: "أسسها شباب فلاحون من عين عائشة لتثمين التين واللوز اللذين تنتجهما أسرهم منذ أجيال. يفرزون المحصول يدويا ويبيعونه دون وسطاء لضمان ثمن عادل للأعضاء.",
      fr: "Fondée par de jeunes agriculteurs d'Aïn Aïcha pour valoriser les figues et les amandes que leurs familles cultivent depuis des générations. Ils trient la récolte à la main et la vendent sans intermédiaire pour garantir un prix juste aux membres.",
      en: "Founded by young farmers from Ain Aicha to add value to the figs and almonds their families have grown for generations. They sort the harvest by hand and sell it without middlemen so that members get a fair price.",
    },
  },
  {
    handle: "zitouna-karia",
    legal_registration_number: "DEMO-TAO-005",
    province: "taounate",
    sector: "olive-oil",
    founding_year: 2009,
    member_count: 38,
    women_member_count: 8,
    contact_phone: "+212600000505",
    contact_email: "zitouna-karia@cooperatives.example",
    status: "approved",
    name: { ar: "تعاونية زيتونة قرية با محمد", fr: "Coopérative Zitouna de Karia Ba Mohamed", en: "Zitouna Cooperative of Karia Ba Mohamed" },
    commune: { ar: "قرية با محمد", fr: "Karia Ba Mohamed", en: "Karia Ba Mohamed" },
    story: {
      ar: "تضم التعاونية صغار فلاحي الزيتون في قرية با محمد، وتعصر الزيتون على البارد في معصرة حديثة خلال ساعات من جنيه. يغلب على بساتين الأعضاء صنف البيشولين المغربية المعروف بزيته المتوازن. تخصص التعاونية جزءا من أرباحها لدعم تمدرس أبناء الأعضاء.",
      fr: "La coopérative regroupe les petits oléiculteurs de Karia Ba Mohamed et presse les olives à froid, dans un moulin moderne, quelques heures après la cueillette. Les vergers des membres sont surtout plantés de Picholine marocaine, réputée pour son huile équilibrée. Une part des bénéfices finance la scolarité des enfants des membres.",
      en: "The cooperative gathers the smallholder olive growers of Karia Ba Mohamed and cold-presses the olives in a modern mill within hours of picking. Members' groves are mostly Moroccan Picholine, known for its balanced oil. Part of the profits pays for the schooling of members' children.",
    },
  },
  {
    handle: "bassatine-agourai",
    legal_registration_number: "DEMO-HAJ-006",
    province: "el-hajeb",
    sector: "olive-oil",
    founding_year: 2013,
    member_count: 21,
    women_member_count: 12,
    contact_phone: "+212600000606",
    contact_email: "bassatine-agourai@cooperatives.example",
    status: "approved",
    name: { ar: "تعاونية بساتين أكوراي", fr: "Coopérative Les Vergers d'Agourai", en: "Agourai Orchards Cooperative" },
    commune: { ar: "أكوراي", fr: "Agourai", en: "Agourai" },
    story: {
      ar: "على هضبة أكوراي بين مكناس والأطلس المتوسط، يجمع أعضاء التعاونية زيتونهم لعصره وتعبئته معا. تصنع نساء التعاونية أيضا الصابون البلدي من زيت الزيتون وفق وصفات متوارثة.",
      fr: "Sur le plateau d'Agourai, entre Meknès et le Moyen Atlas, les membres mettent en commun leurs olives pour les presser et les conditionner ensemble. Les femmes de la coopérative fabriquent aussi un savon beldi à l'huile d'olive selon des recettes transmises de génération en génération.",
      en: "On the Agourai plateau, between Meknes and the Middle Atlas, members pool their olives to press and bottle them together. The cooperative's women also make beldi soap from olive oil using recipes handed down through generations.",
    },
  },
  {
    handle: "aachab-bouadel",
    legal_registration_number: "DEMO-TAO-007",
    province: "taounate",
    sector: "herbs",
    founding_year: 2017,
    member_count: 16,
    women_member_count: 14,
    contact_phone: "+212600000707",
    contact_email: "aachab-bouadel@cooperatives.example",
    status: "approved",
    name: { ar: "تعاونية أعشاب بوعادل", fr: "Coopérative Herbes de Bouadel", en: "Bouadel Herbs Cooperative" },
    commune: { ar: "بوعادل", fr: "Bouadel", en: "Bouadel" },
    story: {
      ar: "تقطف نساء التعاونية الزعتر وإكليل الجبل والفليو واللويزة من الشعاب المحيطة ببوعادل ومن حدائق صغيرة يزرعنها. يجففن الأعشاب في الظل داخل غرفة مهوّاة جهزتها المبادرة الوطنية للتنمية البشرية، ثم ينقّينها ويعبئنها يدويا. يحرصن على القطف المعتدل حتى تتجدد النباتات كل موسم.",
      fr: "Les femmes de la coopérative cueillent thym, romarin, menthe pouliot et verveine sur les versants autour de Bouadel et dans de petits jardins qu'elles cultivent. Elles sèchent les plantes à l'ombre dans un local ventilé équipé par l'INDH, puis les trient et les ensachent à la main. Elles cueillent avec mesure pour que les plantes repoussent chaque saison.",
      en: "The cooperative's women pick thyme, rosemary, pennyroyal and lemon verbena on the slopes around Bouadel and in small gardens of their own. They dry the herbs in the shade in a ventilated room fitted out by the INDH, then sort and pack them by hand. They harvest sparingly so that the plants grow back every season.",
    },
  },
  {
    handle: "minsaj-taounate",
    legal_registration_number: "DEMO-TAO-008",
    province: "taounate",
    sector: "crafts",
    founding_year: 2011,
    member_count: 22,
    women_member_count: 22,
    contact_phone: "+212600000808",
    contact_email: "minsaj-taounate@cooperatives.example",
    status: "approved",
    name: { ar: "تعاونية منسج تاونات", fr: "Coopérative Le Métier de Taounate", en: "Taounate Loom Cooperative" },
    commune: { ar: "تاونات", fr: "Taounate", en: "Taounate" },
    story: {
      ar: "تنسج عضوات التعاونية الزرابي والأغطية الصوفية على أنوال خشبية عمودية كما تعلّمنها من أمهاتهن. يغزلن صوف الأغنام المحلية ويصبغن جزءا منه بالحناء وقشور الرمان. مكّن دعم المبادرة الوطنية للتنمية البشرية من تجهيز ورشة مشتركة بعشرة أنوال في مدينة تاونات.",
      fr: "Les membres tissent tapis et couvertures de laine sur des métiers verticaux en bois, comme leurs mères le leur ont appris. Elles filent la laine des moutons du pays et en teignent une partie au henné et à l'écorce de grenade. Le soutien de l'INDH a permis d'équiper un atelier commun de dix métiers à Taounate.",
      en: "Members weave rugs and wool blankets on upright wooden looms, as their mothers taught them. They spin wool from local sheep and dye some of it with henna and pomegranate peel. INDH support paid for a shared workshop with ten looms in the town of Taounate.",
    },
  },
  {
    handle: "arz-azrou",
    legal_registration_number: "DEMO-IFR-009",
    province: "ifrane",
    sector: "crafts",
    founding_year: 2010,
    member_count: 12,
    women_member_count: 2,
    contact_phone: "+212600000909",
    contact_email: "arz-azrou@cooperatives.example",
    status: "approved",
    name: { ar: "تعاونية أرز أزرو للنجارة الفنية", fr: "Coopérative Cèdre d'Azrou, menuiserie d'art", en: "Azrou Cedar Woodcraft Cooperative" },
    commune: { ar: "أزرو", fr: "Azrou", en: "Azrou" },
    story: {
      ar: "يشتغل حرفيو التعاونية خشب الأرز المستخرج بترخيص من مخلفات الاستغلال الغابوي بالأطلس المتوسط. ينحتون العلب والصواني والإطارات بزخارف هندسية تقليدية ويصقلونها بشمع النحل. يكوّن الحرفيون القدامى كل سنة شبابا من المنطقة.",
      fr: "Les artisans travaillent le bois de cèdre issu, sous autorisation, des rebuts d'exploitation forestière du Moyen Atlas. Ils sculptent boîtes, plateaux et cadres de motifs géométriques traditionnels et les polissent à la cire d'abeille. Chaque année, les anciens forment des jeunes de la région.",
      en: "The craftsmen work cedar salvaged, under permit, from forestry offcuts in the Middle Atlas. They carve boxes, trays and frames with traditional geometric patterns and polish them with beeswax. Every year the older craftsmen train young people from the area.",
    },
  },
  {
    handle: "khayt-sefrou",
    legal_registration_number: "DEMO-SEF-010",
    province: "sefrou",
    sector: "crafts",
    founding_year: 2016,
    member_count: 19,
    women_member_count: 19,
    contact_phone: "+212600001010",
    contact_email: "khayt-sefrou@cooperatives.example",
    status: "approved",
    name: { ar: "تعاونية خيط صفرو للطرز", fr: "Coopérative Le Fil de Sefrou", en: "Sefrou Thread Cooperative" },
    commune: { ar: "صفرو", fr: "Sefrou", en: "Sefrou" },
    story: {
      ar: "تحافظ نساء التعاونية على حرفتين تشتهر بهما صفرو: الطرز الفاسي بغرزته المتماثلة على الوجهين، والعقاد الحريري الذي يزين الجلابيب والقفاطين. تشتغل أغلب العضوات من بيوتهن ويلتقين في الورشة لمراقبة الجودة والتغليف.",
      fr: "Les femmes de la coopérative perpétuent deux savoir-faire qui font la réputation de Sefrou : la broderie de Fès, au point identique sur les deux faces, et les boutons de soie (âakad) qui ornent djellabas et caftans. La plupart travaillent chez elles et se retrouvent à l'atelier pour le contrôle qualité et l'emballage.",
      en: "The cooperative's women keep alive two crafts Sefrou is known for: Fez embroidery, whose stitch looks the same on both sides, and the silk buttons (aakad) that trim djellabas and kaftans. Most members work from home and meet at the workshop for quality checks and packing.",
    },
  },
  {
    handle: "zhour-tafrant",
    legal_registration_number: "DEMO-TAO-011",
    province: "taounate",
    sector: "herbs",
    founding_year: 2024,
    member_count: 9,
    women_member_count: 7,
    contact_phone: "+212600001111",
    contact_email: "zhour-tafrant@cooperatives.example",
    status: "pending",
    name: { ar: "تعاونية زهور تافرانت", fr: "Coopérative Zhour Tafrant", en: "Zhour Tafrant Cooperative" },
    commune: { ar: "تافرانت", fr: "Tafrant", en: "Tafrant" },
    story: {
      ar: "تعاونية حديثة التأسيس تجمع نساء وشبابا من تافرانت يقطفون البابونج والسالمية من الحقول المجاورة. ما زال ملفها قيد المراجعة لدى فريق تضامن.",
      fr: "Une coopérative toute récente qui réunit des femmes et des jeunes de Tafrant cueillant camomille et sauge dans les champs voisins. Son dossier est encore en cours d'examen par l'équipe Tadamon.",
      en: "A newly founded cooperative bringing together women and young people from Tafrant who pick chamomile and sage in nearby fields. Its application is still under review by the Tadamon team.",
    },
  },
]
