import type { LocalizedText, ProgramKind } from "@tadamon/shared"

/**
 * Demo market editions of the Fès-Meknès region's mobile market (السوق المتنقل للاقتصاد الاجتماعي
 * والتضامني): the 2nd edition in Taounate, beside the Great Mosque, 19–26 December 2026, and an
 * earlier, closed one in Sefrou for the "past markets" list. Programs are invented.
 * Stands go to approved cooperatives of the seed (by handle).
 */
export type SeedEdition = {
  handle: string
  edition_number: number
  province: string
  starts_on: string
  ends_on: string
  name: LocalizedText
  venue: LocalizedText
  stands: Array<{ cooperative: string; stand_number: string }>
  program: Array<{ kind: ProgramKind; title: LocalizedText; day: string; starts_at: string; ends_at: string | null }>
}

export const TAOUNATE_EDITION_HANDLE = "taounate-2026"

export const EDITIONS: SeedEdition[] = [
  {
    handle: TAOUNATE_EDITION_HANDLE,
    edition_number: 2,
    province: "taounate",
    starts_on: "2026-12-19",
    ends_on: "2026-12-26",
    name: {
      ar: "السوق المتنقل للاقتصاد الاجتماعي والتضامني – تاونات",
      fr: "Marché itinérant de l'économie sociale et solidaire – Taounate",
      en: "Mobile Market of the Social and Solidarity Economy – Taounate",
    },
    venue: {
      ar: "الساحة بجانب المسجد الأعظم، تاونات",
      fr: "Esplanade à côté de la Grande Mosquée, Taounate",
      en: "The square beside the Great Mosque, Taounate",
    },
    stands: [
      { cooperative: "nahl-ouergha", stand_number: "1" },
      { cooperative: "nahlat-al-jabal", stand_number: "2" },
      { cooperative: "nisaa-tissa", stand_number: "3" },
      { cooperative: "khayrat-ain-aicha", stand_number: "4" },
      { cooperative: "zitouna-karia", stand_number: "5" },
      { cooperative: "aachab-bouadel", stand_number: "6" },
      { cooperative: "minsaj-taounate", stand_number: "7" },
      { cooperative: "bassatine-agourai", stand_number: "8" },
      { cooperative: "arz-azrou", stand_number: "9" },
      { cooperative: "khayt-sefrou", stand_number: "10" },
    ],
    program: [
      {
        kind: "other",
        day: "2026-12-19",
        starts_at: "10:00",
        ends_at: "11:30",
        title: { ar: "حفل الافتتاح الرسمي وزيارة الأروقة", fr: "Cérémonie d'ouverture et visite des stands", en: "Opening ceremony and tour of the stands" },
      },
      {
        kind: "seminar",
        day: "2026-12-19",
        starts_at: "16:00",
        ends_at: "18:00",
        title: {
          ar: "ندوة: الاقتصاد الاجتماعي والتضامني رافعة للتنمية المحلية",
          fr: "Séminaire : l'économie sociale et solidaire, levier du développement local",
          en: "Seminar: the social and solidarity economy as a lever for local development",
        },
      },
      {
        kind: "workshop",
        day: "2026-12-20",
        starts_at: "11:00",
        ends_at: "13:00",
        title: {
          ar: "ورشة: تثمين التين المجفف ومنتوجات الأرض",
          fr: "Atelier : valoriser la figue sèche et les produits du terroir",
          en: "Workshop: adding value to dried figs and local produce",
        },
      },
      {
        kind: "performance",
        day: "2026-12-20",
        starts_at: "18:30",
        ends_at: "20:30",
        title: { ar: "أمسية الطرب الجبلي", fr: "Soirée de musique jebli", en: "An evening of Jebli music" },
      },
      {
        kind: "workshop",
        day: "2026-12-22",
        starts_at: "10:00",
        ends_at: "12:00",
        title: {
          ar: "ورشة: البيع عبر الإنترنت للتعاونيات",
          fr: "Atelier : vendre en ligne pour les coopératives",
          en: "Workshop: selling online for cooperatives",
        },
      },
      {
        kind: "seminar",
        day: "2026-12-23",
        starts_at: "15:00",
        ends_at: "17:00",
        title: {
          ar: "ندوة: المرأة القروية والعمل التعاوني",
          fr: "Séminaire : les femmes rurales et le travail coopératif",
          en: "Seminar: rural women and cooperative work",
        },
      },
      {
        kind: "workshop",
        day: "2026-12-24",
        starts_at: "11:00",
        ends_at: "12:30",
        title: {
          ar: "ورشة: جودة العسل وعلامات الجودة",
          fr: "Atelier : qualité du miel et signes de qualité",
          en: "Workshop: honey quality and quality labels",
        },
      },
      {
        kind: "performance",
        day: "2026-12-25",
        starts_at: "18:00",
        ends_at: "20:00",
        title: { ar: "عروض فولكلورية لفرق محلية", fr: "Spectacles folkloriques de troupes locales", en: "Folk performances by local troupes" },
      },
      {
        kind: "other",
        day: "2026-12-26",
        starts_at: "17:00",
        ends_at: "18:00",
        title: { ar: "حفل الاختتام وتوزيع الشهادات", fr: "Cérémonie de clôture et remise des attestations", en: "Closing ceremony and certificates" },
      },
    ],
  },
  {
    handle: "sefrou-2026",
    edition_number: 1,
    province: "sefrou",
    starts_on: "2026-06-13",
    ends_on: "2026-06-20",
    name: {
      ar: "السوق المتنقل للاقتصاد الاجتماعي والتضامني – صفرو",
      fr: "Marché itinérant de l'économie sociale et solidaire – Sefrou",
      en: "Mobile Market of the Social and Solidarity Economy – Sefrou",
    },
    venue: {
      ar: "ساحة المسيرة الخضراء، صفرو",
      fr: "Place de la Marche Verte, Sefrou",
      en: "Green March Square, Sefrou",
    },
    stands: [
      { cooperative: "khayt-sefrou", stand_number: "1" },
      { cooperative: "bassatine-agourai", stand_number: "2" },
      { cooperative: "arz-azrou", stand_number: "3" },
      { cooperative: "aachab-bouadel", stand_number: "4" },
    ],
    program: [
      {
        kind: "other",
        day: "2026-06-13",
        starts_at: "10:00",
        ends_at: "11:00",
        title: { ar: "حفل الافتتاح", fr: "Cérémonie d'ouverture", en: "Opening ceremony" },
      },
      {
        kind: "workshop",
        day: "2026-06-16",
        starts_at: "15:00",
        ends_at: "17:00",
        title: { ar: "ورشة: الطرز الصفريوي", fr: "Atelier : la broderie de Sefrou", en: "Workshop: Sefrou embroidery" },
      },
      {
        kind: "performance",
        day: "2026-06-19",
        starts_at: "19:00",
        ends_at: "21:00",
        title: { ar: "سهرة موسيقى الملحون", fr: "Soirée de malhoun", en: "An evening of malhoun" },
      },
    ],
  },
]
