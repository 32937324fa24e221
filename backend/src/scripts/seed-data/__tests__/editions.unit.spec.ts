import { findProvince, LOCALES } from "@tadamon/shared"
import { isCalendarDay, isClockTime } from "../../../domain/market/calendar"
import { COOPERATIVES } from "../cooperatives"
import { EDITIONS, TAOUNATE_EDITION_HANDLE } from "../editions"

const texts = (value: Record<string, string>) => LOCALES.map((locale) => value[locale]?.trim())

describe("demo market editions", () => {
  it("has the 2nd Taounate edition, 19–26 December beside the Great Mosque, with a program of workshops, seminars and performances", () => {
    const taounate = EDITIONS.find((edition) => edition.handle === TAOUNATE_EDITION_HANDLE)
    expect(taounate).toEqual(
      expect.objectContaining({ edition_number: 2, province: "taounate", starts_on: "2026-12-19", ends_on: "2026-12-26" })
    )
    expect(taounate?.venue.ar).toContain("المسجد الأعظم")
    expect(taounate?.name.ar).toBe("السوق المتنقل للاقتصاد الاجتماعي والتضامني – تاونات")
    expect(taounate?.program.length).toBeGreaterThanOrEqual(6)
    expect(new Set(taounate?.program.map((item) => item.kind))).toEqual(new Set(["workshop", "seminar", "performance", "other"]))
    expect(new Set(taounate?.program.map((item) => item.day)).size).toBeGreaterThanOrEqual(5)
    expect(taounate?.stands.length).toBeGreaterThanOrEqual(8)
  })

  it("is valid: known provinces, ordered days, approved cooperatives, unique stands, program on the edition's days", () => {
    const approved = new Set(COOPERATIVES.filter((cooperative) => cooperative.status === "approved").map((cooperative) => cooperative.handle))
    expect(new Set(EDITIONS.map((edition) => edition.handle)).size).toBe(EDITIONS.length)
    for (const edition of EDITIONS) {
      expect(findProvince(edition.province)).toBeTruthy()
      expect(isCalendarDay(edition.starts_on) && isCalendarDay(edition.ends_on)).toBe(true)
      expect(edition.starts_on <= edition.ends_on).toBe(true)
      expect(texts(edition.name).every(Boolean) && texts(edition.venue).every(Boolean)).toBe(true)
      expect(edition.stands.every((stand) => approved.has(stand.cooperative))).toBe(true)
      expect(new Set(edition.stands.map((stand) => stand.cooperative)).size).toBe(edition.stands.length)
      expect(new Set(edition.stands.map((stand) => stand.stand_number)).size).toBe(edition.stands.length)
      for (const item of edition.program) {
        expect(item.day >= edition.starts_on && item.day <= edition.ends_on).toBe(true)
        expect(isClockTime(item.starts_at)).toBe(true)
        expect(item.ends_at === null || (isClockTime(item.ends_at) && item.ends_at > item.starts_at)).toBe(true)
        expect(texts(item.title).every(Boolean)).toBe(true)
      }
    }
    // One edition is over by the time Taounate's opens: the "past markets" list is never empty.
    expect(EDITIONS.some((edition) => edition.ends_on < "2026-12-19")).toBe(true)
  })
})
