import { normalizeTrackingNumber, parseAmount, parseDay, parseRemittanceCsv, storableText } from "../remittance-csv"

describe("reading a carrier's remittance statement", () => {
  it("reads a header row, commas, and amounts with a decimal point", () => {
    expect(parseRemittanceCsv("tracking_number,amount,date\nRR123456789MA,400.00,2026-12-01\n")).toEqual([
      { line: 2, tracking_number: "RR123456789MA", amount: 400, paid_on: "2026-12-01", error: null },
    ])
  })

  it("reads a French spreadsheet: byte-order mark, semicolons, decimal comma, thousands, quoted cells, DD/MM/YYYY", () => {
    const csv = '\uFEFFN° envoi;Montant CRBT (MAD);Date de versement\r\n"rr 111 222 333 ma";"1 234,50";01/12/2026\r\nRR444;90,5 DH;"2/12/2026"\r\n'
    expect(parseRemittanceCsv(csv)).toEqual([
      { line: 2, tracking_number: "RR111222333MA", amount: 1234.5, paid_on: "2026-12-01", error: null },
      { line: 3, tracking_number: "RR444", amount: 90.5, paid_on: "2026-12-02", error: null },
    ])
  })

  it("reads Arabic column names in any order, and a tab-separated file", () => {
    expect(parseRemittanceCsv("التاريخ\tالمبلغ\tرقم التتبع\n2026-12-03\t180\tRR9\n")).toEqual([
      { line: 2, tracking_number: "RR9", amount: 180, paid_on: "2026-12-03", error: null },
    ])
  })

  it("takes a file without a header when its first line is data in the documented order", () => {
    expect(parseRemittanceCsv("RR1,100.00,2026-12-01\nRR2,50,2026-12-01")).toEqual([
      { line: 1, tracking_number: "RR1", amount: 100, paid_on: "2026-12-01", error: null },
      { line: 2, tracking_number: "RR2", amount: 50, paid_on: "2026-12-01", error: null },
    ])
  })

  it("reports each line it cannot read with the reason, keeps the others, and skips blank lines", () => {
    const csv = [
      "tracking,amount,date",
      ",100,2026-12-01",
      "RR2,abc,2026-12-01",
      "RR3,-5,2026-12-01",
      "RR4,10.005,2026-12-01",
      "RR5,100,31/02/2026",
      "RR6",
      "",
      ",,",
      '"RR7, with a comma",100,2026-12-01',
      "RR8,100,",
    ].join("\n")
    expect(parseRemittanceCsv(csv).map((row) => [row.line, row.error])).toEqual([
      [2, "missing_tracking_number"],
      [3, "invalid_amount"],
      [4, "invalid_amount"],
      [5, "invalid_amount"],
      [6, "invalid_date"],
      [7, "missing_cells"],
      [10, null],
      [11, null],
    ])
    expect(parseRemittanceCsv(csv).find((row) => row.line === 10)?.tracking_number).toBe("RR7,WITHACOMMA")
  })

  it("counts lines across line breaks inside quoted cells", () => {
    const rows = parseRemittanceCsv('tracking,amount,note\n"RR1",10,"two\nlines"\nRR2,20,x\n')
    expect(rows.map((row) => [row.line, row.tracking_number])).toEqual([
      [2, "RR1"],
      [4, "RR2"],
    ])
  })

  it("refuses a file without the tracking number and amount columns, an empty file and a file too long, as field errors on csv", () => {
    for (const csv of ["name,city\nFatima,Fès", "", "\n\n", "tracking\nRR1"]) {
      expect(() => parseRemittanceCsv(csv)).toThrow(expect.objectContaining({ field: "csv" }))
    }
    const long = ["tracking,amount", ...Array.from({ length: 5001 }, (_, i) => `RR${i},10`)].join("\n")
    expect(() => parseRemittanceCsv(long)).toThrow(expect.objectContaining({ field: "csv", field_code: "too_long" }))
  })

  it("normalizes amounts, days and tracking numbers", () => {
    expect(parseAmount("1.234,56")).toBe(1234.56)
    expect(parseAmount("1,234.56")).toBe(1234.56)
    expect(parseAmount("0")).toBeNull()
    expect(parseAmount("")).toBeNull()
    expect(parseAmount("=1+1")).toBeNull()
    expect(parseDay("2026-12-01T10:30:00Z")).toBe("2026-12-01")
    expect(parseDay("1.12.2026")).toBe("2026-12-01")
    expect(parseDay("2026-13-01")).toBeNull()
    expect(normalizeTrackingNumber(" rr 12\u00a034 ma ")).toBe("RR1234MA")
  })

  it("keeps only text PostgreSQL can store: no NUL or control characters, no lone surrogates", () => {
    expect(storableText("a\u0000b\u0007c\td\r\ne")).toBe("abc\td\r\ne")
    expect(storableText("x\ud800y\udc00z 😀")).toBe("x\uFFFDy\uFFFDz 😀")
    expect(parseRemittanceCsv("tracking,amount\nRR\u00001,10")[0].tracking_number).toBe("RR1")
  })
})
