import { model } from "@medusajs/framework/utils"

/**
 * One line of a cooperative's account with Tadamon: what Tadamon owes it is the sum of its lines.
 * Signed amounts in major units: `sale` > 0 (an order delivered and paid), `commission` < 0 (the
 * rate × the sale; > 0 when given back on a refund), `cash_held` < 0 (the cash of a sale the
 * cooperative delivered itself and kept: with it, such a sale leaves the commission it owes),
 * `refund` < 0, `payout` < 0 (money organizers paid out, with its date, method and reference).
 *
 * `available_at`: when the line counts towards what may be paid out. A sale, its commission and
 * its cash held wait for the holding period (the customer's withdrawal right); refunds and payouts
 * count at once (null).
 *
 * Lines are never edited. `idempotency_key` is unique (e.g. `sale:<order id>`,
 * `refund:<refund id>`, `payout:<id>`): an event delivered twice writes one line.
 */
const LedgerEntry = model
  .define("ledger_entry", {
    id: model.id({ prefix: "sled" }).primaryKey(),
    cooperative_id: model.text(),
    type: model.enum(["sale", "commission", "cash_held", "refund", "payout"]),
    amount: model.bigNumber(),
    currency_code: model.text(),
    occurred_at: model.dateTime(),
    available_at: model.dateTime().nullable(),
    order_id: model.text().index().nullable(),
    rate: model.bigNumber().nullable(),
    method: model.enum(["bank_transfer", "cheque", "cash", "mobile_wallet"]).nullable(),
    reference: model.text().nullable(),
    note: model.text().nullable(),
    recorded_by: model.text().nullable(),
    idempotency_key: model.text().unique(),
  })
  .indexes([{ on: ["cooperative_id", "occurred_at"] }])

export default LedgerEntry
