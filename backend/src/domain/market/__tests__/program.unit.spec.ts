import type { LocalizedText } from "@tadamon/shared"
import type { ValidEdition } from "../../../workflows/market/types"
import { programRecords, programTitles } from "../program"

type ProgramItem = NonNullable<ValidEdition["program"]>[number]

const title = (ar: string, fr: string, en: string): LocalizedText => ({ ar, fr, en })
const item = (overrides: Partial<ProgramItem> = {}): ProgramItem => ({
  kind: "workshop",
  title: title("ورشة تقطير ماء الورد", "Atelier de distillation d'eau de rose", "Rose water distillation workshop"),
  day: "2026-12-20",
  starts_at: "10:00",
  ends_at: "11:30",
  ...overrides,
})
const edition = (program: ProgramItem[] | null): ValidEdition => ({
  id: "medi_taounate",
  handle: "taounate-2026",
  fields: {},
  translations: {},
  participants: null,
  program,
})

const ROSE = item()
const ARGAN = item({ kind: "seminar", title: title("ندوة حول شجرة الأركان", "Conférence sur l'arganier", "Talk on the argan tree"), starts_at: "15:00", ends_at: null })
const AHIDOUS = item({ kind: "performance", title: title("عرض أحيدوس", "Spectacle d'Ahidous", "Ahidous performance"), day: "2026-12-21", starts_at: "18:00", ends_at: "19:00" })

describe("the stored program of a market edition", () => {
  it("keeps each item's kind, day and times in the order given, with its Arabic title as the stored title", () => {
    expect(programRecords(edition([AHIDOUS, ROSE, ARGAN]))).toEqual([
      { kind: "performance", title: "عرض أحيدوس", day: "2026-12-21", starts_at: "18:00", ends_at: "19:00" },
      { kind: "workshop", title: "ورشة تقطير ماء الورد", day: "2026-12-20", starts_at: "10:00", ends_at: "11:30" },
      { kind: "seminar", title: "ندوة حول شجرة الأركان", day: "2026-12-20", starts_at: "15:00", ends_at: null },
    ])
  })

  it("stores nothing when no program was given", () => {
    expect(programRecords(edition(null))).toEqual([])
    expect(programRecords(edition([]))).toEqual([])
  })
})

describe("the titles of the created program items in every language", () => {
  it("matches each created item to its input by Arabic title, day and time, whatever order the module returns", () => {
    const created = [
      { id: "prog_3", title: "ندوة حول شجرة الأركان", day: "2026-12-20", starts_at: "15:00" },
      { id: "prog_1", title: "عرض أحيدوس", day: "2026-12-21", starts_at: "18:00" },
      { id: "prog_2", title: "ورشة تقطير ماء الورد", day: "2026-12-20", starts_at: "10:00" },
    ]
    expect(programTitles(created, edition([ROSE, ARGAN, AHIDOUS]))).toEqual([
      { id: "prog_3", title: ARGAN.title },
      { id: "prog_1", title: AHIDOUS.title },
      { id: "prog_2", title: ROSE.title },
    ])
  })

  it("tells apart the same workshop held twice by its day and time", () => {
    const again = item({ title: title("ورشة تقطير ماء الورد", "Atelier d'eau de rose (2e séance)", "Rose water workshop (second session)"), day: "2026-12-21" })
    const created = [
      { id: "prog_b", title: "ورشة تقطير ماء الورد", day: "2026-12-21", starts_at: "10:00" },
      { id: "prog_a", title: "ورشة تقطير ماء الورد", day: "2026-12-20", starts_at: "10:00" },
    ]
    expect(programTitles(created, edition([ROSE, again]))).toEqual([
      { id: "prog_b", title: again.title },
      { id: "prog_a", title: ROSE.title },
    ])
  })

  it("gives each of two identical slots one input, in order, instead of the same input twice", () => {
    const first = item({ title: title("ورشة", "Atelier A", "Workshop A") })
    const second = item({ title: title("ورشة", "Atelier B", "Workshop B") })
    const created = [
      { id: "prog_1", title: "ورشة", day: "2026-12-20", starts_at: "10:00" },
      { id: "prog_2", title: "ورشة", day: "2026-12-20", starts_at: "10:00" },
    ]
    expect(programTitles(created, edition([first, second])).map((entry) => entry.title.fr)).toEqual(["Atelier A", "Atelier B"])
  })

  it("falls back to the Arabic title in every language for an item no input matches", () => {
    const created = [{ id: "prog_x", title: "سوق الأعشاب", day: "2026-12-22", starts_at: "09:00" }]
    expect(programTitles(created, edition([ROSE]))).toEqual([{ id: "prog_x", title: { ar: "سوق الأعشاب", fr: "سوق الأعشاب", en: "سوق الأعشاب" } }])
    expect(programTitles(created, edition(null))).toEqual([{ id: "prog_x", title: { ar: "سوق الأعشاب", fr: "سوق الأعشاب", en: "سوق الأعشاب" } }])
  })
})
