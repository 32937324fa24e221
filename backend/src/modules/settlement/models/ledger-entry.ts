import { model } from "@medusajs/framework/utils"

/**
 * One line of a cooperative's account with Tadamon: what Tadamon owes it is the sum of its lines.
 * Signed amounts in major units: `sale` > 0 (an order delivered and paid), `commission` < 0 (the
 * rate × the sale; > 0 when given back on a refund), `refund` < 0, `payout` < 0 (money organizers
 * paid out, with its date, method and reference).
 *
 * Lines are never edited. `idempotency_key` is unique (e.g. `sale:<order id>`,
 * `refund:<refund id>`, `payout:<id>`): an event delivered twice writes one line.
 */
const LedgerEntry = model
  .define("ledger_entry", {
    id: model.id({ prefix: "sled" }).primaryKey(),
    cooperative_id: model.text(),
    type: model.enum(["sale", "commission", "refund", "payout"]),
    amount: model.bigNumber(),
    currency_code: model.text(),
    occurred_at: model.dateTime(),
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
