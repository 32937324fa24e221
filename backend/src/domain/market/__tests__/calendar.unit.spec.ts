import { compareStandNumbers, isCalendarDay, isClockTime } from "../calendar"

describe("a market edition's calendar days", () => {
  it("accepts a real day written YYYY-MM-DD, leap days included", () => {
    for (const day of ["2026-12-19", "2026-01-01", "2026-12-31", "2028-02-29", "2000-02-29", "2026-04-30"]) {
      expect(isCalendarDay(day)).toBe(true)
    }
  })

  it("refuses a day the calendar does not have, instead of rolling it over to the next month", () => {
    for (const day of ["2026-02-29", "2100-02-29", "2026-04-31", "2026-06-31", "2026-13-01", "2026-00-10", "2026-12-00", "2026-12-32"]) {
      expect(isCalendarDay(day)).toBe(false)
    }
  })

  it("refuses any other way of writing a day, and anything that is not a string", () => {
    for (const value of ["2026-5-14", "14/05/2026", "2026/05/14", "2026-05-14T00:00:00Z", " 2026-05-14", "2026-05-14 ", "", "٢٠٢٦-٠٥-١٤"]) {
      expect(isCalendarDay(value)).toBe(false)
    }
    for (const value of [20260514, null, undefined, new Date("2026-05-14T00:00:00Z"), ["2026-05-14"]]) {
      expect(isCalendarDay(value)).toBe(false)
    }
  })
})

describe("a program item's clock times", () => {
  it("accepts HH:MM from midnight to one minute before the next", () => {
    for (const time of ["00:00", "09:30", "12:05", "19:59", "23:59"]) {
      expect(isClockTime(time)).toBe(true)
    }
  })

  it("refuses 24:00, single digits, seconds, other separators and non-strings", () => {
    for (const value of ["24:00", "23:60", "9:30", "09:5", "09:30:00", "09h30", "09.30", " 09:30", "", 930, null, undefined]) {
      expect(isClockTime(value)).toBe(false)
    }
  })
})

describe("the order of stand numbers", () => {
  it("sorts them as people read them: 2 before 10, A3 before A10 before B1, case ignored", () => {
    expect(["B1", "10", "A10", "2", "a2", "A3", "1"].sort(compareStandNumbers)).toEqual(["1", "2", "10", "a2", "A3", "A10", "B1"])
  })

  it("treats the same stand written in another case as the same stand", () => {
    expect(compareStandNumbers("a3", "A3")).toBe(0)
    expect(compareStandNumbers("2", "10")).toBeLessThan(0)
    expect(compareStandNumbers("B1", "A10")).toBeGreaterThan(0)
  })
})
