import type { CashHolder } from "./vendor-orders"

/**
 * Cash on delivery, confirmed by whoever holds the cash (`/admin/settlement/remittances…`,
 * `/admin/settlement/cash-claims`, `POST /admin/orders/:id/cash-collected`).
 *
 * Amana, under Tadamon's contract, collects the cash of its parcels and remits it to Tadamon with
 * a statement (CSV: tracking number, amount, date). Organizers import that statement: each line is
 * matched by tracking number to a shipped Amana cash-on-delivery order; matched lines capture
 * their order's payment (the sale then reaches the cooperative's ledger), the others are flagged.
 */

/**
 * What became of one line of an imported statement:
 * - `captured`: matched; the order's payment is captured (and its delivery recorded if it was not);
 * - `amount_mismatch`: the amount is not the order's cash-on-delivery amount;
 * - `unknown_tracking`: no shipped order has this tracking number;
 * - `ambiguous_tracking`: more than one order has it (nothing is captured);
 * - `already_settled`: the order's cash was already confirmed;
 * - `duplicate_in_file`: the tracking number is on an earlier line of the same file;
 * - `not_cash_on_delivery`: the order was paid by card;
 * - `not_carrier`: the order's cash is not the carrier's to remit (home delivery, pickup);
 * - `cancelled`: the order is cancelled;
 * - `invalid_row`: the line cannot be read (see `error`);
 * - `failed`: matched, but the capture was refused (see `message`).
 */
export const REMITTANCE_OUTCOMES = [
  "captured",
  "amount_mismatch",
  "unknown_tracking",
  "ambiguous_tracking",
  "already_settled",
  "duplicate_in_file",
  "not_cash_on_delivery",
  "not_carrier",
  "cancelled",
  "invalid_row",
  "failed",
] as const
export type RemittanceOutcome = (typeof REMITTANCE_OUTCOMES)[number]

/** Why a line could not be read. */
export const REMITTANCE_ROW_ERRORS = ["missing_tracking_number", "invalid_amount", "invalid_date", "missing_cells"] as const
export type RemittanceRowError = (typeof REMITTANCE_ROW_ERRORS)[number]

export type RemittanceLine = {
  /** The line's number in the file (the header is line 1). */
  line: number
  tracking_number: string | null
  /** The amount the carrier remitted, in MAD. */
  amount: number | null
  /** The statement's date for the line, `YYYY-MM-DD`. */
  paid_on: string | null
  outcome: RemittanceOutcome
  error: RemittanceRowError | null
  /** The order the line matched, if any (also for flagged lines where one was found). */
  order_id: string | null
  order_display_id: number | null
  cooperative: { id: string; name: string } | null
  /** The order's cash-on-delivery amount, when an order was found. */
  expected_amount: number | null
  /** The import recorded the order's delivery (the carrier collected the cash, so it was delivered). */
  delivery_recorded: boolean
  /** `failed`: why the capture was refused. */
  message: string | null
}

export type RemittanceSummary = {
  id: string
  carrier: "amana"
  filename: string | null
  imported_at: string
  /** The organizer who imported it (user id). */
  imported_by: string | null
  line_count: number
  captured_count: number
  flagged_count: number
  /** The sum of the captured lines. */
  captured_amount: number
  currency_code: string
}
export type RemittanceImport = RemittanceSummary & { lines: RemittanceLine[] }

/** `POST /admin/settlement/remittances`: the statement's text (UTF-8, ≤ 1 MB, ≤ 5,000 lines). */
export type AdminImportRemittanceRequest = {
  /**
   * CSV with a header row naming the tracking number, amount and date columns (English, French or
   * Arabic names, e.g. `tracking_number,amount,date` or `N° envoi;Montant;Date`), separated by `,`
   * or `;`; amounts with a decimal point or comma; dates `YYYY-MM-DD` or `DD/MM/YYYY`.
   */
  csv: string
  filename?: string | null
}
/** 201: the report of what the import did. */
export type AdminRemittanceResponse = { remittance: RemittanceImport }
/** `GET /admin/settlement/remittances?limit=&offset=`: past imports, newest first. */
export type AdminRemittanceListResponse = { remittances: RemittanceSummary[]; count: number; limit: number; offset: number }

/**
 * `GET /admin/settlement/cash-claims`: cash-on-delivery orders whose cash a cooperative declared
 * collected while someone else holds it (Amana, the solidarity store), not confirmed yet.
 */
export type AdminCashClaim = {
  order_id: string
  order_display_id: number
  cooperative: { id: string; name: string } | null
  cash_holder: Exclude<CashHolder, "cooperative">
  amount: number
  currency_code: string
  claimed_at: string
  tracking_number: string | null
  delivered: boolean
}
export type AdminCashClaimListResponse = { claims: AdminCashClaim[] }

/** `POST /admin/orders/:id/cash-collected`: the organizers confirm an Amana or pickup order's cash. */
export type AdminCashCollectedResponse = { order_id: string; payment_id: string; captured_amount: number }
