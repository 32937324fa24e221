import type { RemittanceRowError } from "@tadamon/shared"
import { invalidField } from "../../utils/field-error"

/**
 * Reading a carrier's cash-on-delivery remittance statement (CSV): one line per parcel whose cash
 * the carrier remits, with its tracking number, the amount and the date. Statements come from
 * spreadsheets and carriers' back offices, so the reader accepts what they produce: a UTF-8 byte-
 * order mark, `,`, `;` or tab separators, quoted cells (with `""` and line breaks inside), a decimal
 * comma, thousands separated by spaces, a currency after the amount, dates `YYYY-MM-DD` or
 * `DD/MM/YYYY`. Column names may be English, French or Arabic. A line it cannot read is reported
 * with the reason, never dropped silently; blank lines are skipped.
 */

export const MAX_REMITTANCE_ROWS = 5000

export type RemittanceRow = {
  /** The line's number in the file (the header is line 1). */
  line: number
  /** Normalized: no spaces, upper case. */
  tracking_number: string | null
  amount: number | null
  /** `YYYY-MM-DD`. */
  paid_on: string | null
  error: RemittanceRowError | null
}

type Role = "tracking" | "amount" | "date"

/** Letters and digits only, lower case, without accents: "N° d'envoi" → "ndenvoi". */
function headerKey(cell: string): string {
  return cell
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "")
}

const EXACT: Record<string, Role> = { cod: "amount", codamount: "amount", crbt: "amount", paidon: "date", paidat: "date" }
const KEYWORDS: Array<[Role, string[]]> = [
  ["date", ["date", "التاريخ", "تاريخ"]],
  ["amount", ["amount", "montant", "somme", "المبلغ", "مبلغ"]],
  ["tracking", ["tracking", "suivi", "envoi", "colis", "barcode", "codebarre", "parcel", "shipment", "التتبع", "الإرسالية", "الطرد", "الشحنة"]],
]

function roleOf(cell: string): Role | null {
  const key = headerKey(cell)
  if (!key) {
    return null
  }
  if (EXACT[key]) {
    return EXACT[key]
  }
  return KEYWORDS.find(([, words]) => words.some((word) => key.includes(word)))?.[0] ?? null
}

/** The separator of the first line: the one of `;`, `,` and tab found most often outside quotes. */
function separatorOf(text: string): string {
  const counts: Record<string, number> = { ";": 0, ",": 0, "\t": 0 }
  let quoted = false
  for (const char of text) {
    if (char === '"') {
      quoted = !quoted
    } else if (!quoted && (char === "\n" || char === "\r")) {
      break
    } else if (!quoted && char in counts) {
      counts[char] += 1
    }
  }
  const [separator, count] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]
  return count > 0 ? separator : ","
}

/** RFC 4180 records: each with the line it starts on. */
function records(text: string, separator: string): Array<{ line: number; cells: string[] }> {
  const rows: Array<{ line: number; cells: string[] }> = []
  let cells: string[] = []
  let cell = ""
  let quoted = false
  let line = 1
  let startLine = 1
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"'
        index++
      } else if (char === '"') {
        quoted = false
      } else {
        if (char === "\n") {
          line++
        }
        cell += char
      }
      continue
    }
    if (char === '"' && cell.trim() === "") {
      quoted = true
      cell = ""
    } else if (char === separator) {
      cells.push(cell)
      cell = ""
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[index + 1] === "\n") {
        index++
      }
      cells.push(cell)
      rows.push({ line: startLine, cells })
      cells = []
      cell = ""
      line++
      startLine = line
    } else {
      cell += char
    }
  }
  if (cell !== "" || cells.length) {
    cells.push(cell)
    rows.push({ line: startLine, cells })
  }
  return rows
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
// eslint-disable-next-line no-control-regex -- finding control characters is this expression's purpose
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g

/** Text PostgreSQL can store: no NUL or other control characters (tabs and line breaks kept), no lone surrogates. */
export function storableText(text: string): string {
  return text.replace(CONTROL, "").replace(LONE_SURROGATE, "\uFFFD")
}

/** MAD with at most 2 decimals, more than 0: "1 234,50", "180.00", "180 MAD", "90,5 DH". Null if not. */
export function parseAmount(raw: string): number | null {
  let text = raw
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/(mad|dhs?|درهم)$/i, "")
  const comma = text.lastIndexOf(",")
  const dot = text.lastIndexOf(".")
  if (comma >= 0 && dot >= 0) {
    // The later one is the decimal separator; the other groups thousands.
    text = comma > dot ? text.replace(/\./g, "").replace(",", ".") : text.replace(/,/g, "")
  } else if (comma >= 0) {
    text = text.replace(",", ".")
  }
  if (!/^\d+(\.\d{1,2})?$/.test(text)) {
    return null
  }
  const amount = Number(text)
  return amount > 0 && amount <= 100_000_000 ? amount : null
}

/** `YYYY-MM-DD` from "2026-12-01", "01/12/2026", "01-12-2026", "01.12.2026" (a time after it is ignored). Null if not a real day. */
export function parseDay(raw: string): string | null {
  const text = raw.trim()
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s].*)?$/.exec(text)
  const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s.*)?$/.exec(text)
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : local ? [local[3], local[2], local[1]] : []
  if (!year) {
    return null
  }
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))
  if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) {
    return null
  }
  return date.toISOString().slice(0, 10)
}

/** A tracking number as carriers print it: no spaces, upper case ("rr 1234 5678 9ma" → "RR123456789MA"). */
export function normalizeTrackingNumber(raw: string): string {
  return raw.replace(/[\s\u00a0\u202f]/g, "").toUpperCase()
}

/**
 * The statement's lines. Throws a field error on `csv` when no header row names the tracking
 * number and amount columns (and the first line is not data in that order), or when the file holds
 * more than MAX_REMITTANCE_ROWS lines.
 */
export function parseRemittanceCsv(input: string): RemittanceRow[] {
  const text = storableText(input.replace(/^\uFEFF/, ""))
  const all = records(text, separatorOf(text)).filter((record) => record.cells.some((cell) => cell.trim() !== ""))
  if (!all.length) {
    throw invalidField("csv", "required")
  }
  const header = all[0].cells.map(roleOf)
  let columns: Record<Role, number> = {
    tracking: header.indexOf("tracking"),
    amount: header.indexOf("amount"),
    date: header.indexOf("date"),
  }
  let rows = all.slice(1)
  if (columns.tracking < 0 || columns.amount < 0) {
    // No header: data in the documented order (tracking number, amount, date), if the first line reads so.
    const [tracking, amount] = all[0].cells
    if (!tracking?.trim() || amount === undefined || parseAmount(amount) === null) {
      throw invalidField("csv", "csv_columns_missing")
    }
    columns = { tracking: 0, amount: 1, date: all[0].cells.length > 2 ? 2 : -1 }
    rows = all
  }
  if (rows.length > MAX_REMITTANCE_ROWS) {
    throw invalidField("csv", "too_long", `the statement has more than ${MAX_REMITTANCE_ROWS} lines: import it in parts`)
  }
  return rows.map(({ line, cells }) => {
    const at = (column: number) => (column >= 0 ? cells[column] : undefined)
    const needed = Math.max(columns.tracking, columns.amount)
    const trackingCell = at(columns.tracking)?.trim() ?? ""
    const tracking_number = trackingCell ? normalizeTrackingNumber(trackingCell).slice(0, 100) : null
    const amountCell = at(columns.amount)
    const amount = amountCell === undefined ? null : parseAmount(amountCell)
    const dateCell = at(columns.date)?.trim() ?? ""
    const paid_on = dateCell ? parseDay(dateCell) : null
    const error: RemittanceRowError | null =
      cells.length <= needed
        ? "missing_cells"
        : !tracking_number
          ? "missing_tracking_number"
          : amount === null
            ? "invalid_amount"
            : dateCell && !paid_on
              ? "invalid_date"
              : null
    return { line, tracking_number, amount, paid_on, error }
  })
}
