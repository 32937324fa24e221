/**
 * The contract of the cooperative portal's orders and earnings (`/vendor/orders…`,
 * `/vendor/earnings…`) and of the organizers' settlement routes (`/admin/settlement…`).
 *
 * Amounts are in major units (MAD, not centimes), as Medusa keeps them. Dates are ISO 8601 strings.
 */

/**
 * What these routes answer on an error: 400 `invalid_data` (the message names the field), 401,
 * 403 `not_allowed` (suspended cooperative writing), 404 `not_found` (including another
 * cooperative's order), 409 `conflict` (a step out of order or repeated; the message says what to do).
 */
export type ApiErrorResponse = { type: string; code?: string; message: string }

// ---------------------------------------------------------------------------------------------
// Order progress (shared by the cooperative's view and the customer's view)
// ---------------------------------------------------------------------------------------------

/** Where a cooperative's order stands, in the order the steps happen (cancelled ends it early). */
export const ORDER_PROGRESS_STATUSES = ["placed", "accepted", "prepared", "shipped", "delivered", "cancelled"] as const
export type OrderProgressStatus = (typeof ORDER_PROGRESS_STATUSES)[number]

/** The carrier and tracking the cooperative gave when shipping. */
export type OrderTracking = {
  carrier: string
  tracking_number: string
  tracking_url: string | null
}

/** The customer's view of an order's progress (`StoreCooperativeOrder.progress`). */
export type OrderProgress = {
  /** The latest step reached. */
  status: OrderProgressStatus
  placed_at: string
  accepted_at: string | null
  prepared_at: string | null
  shipped_at: string | null
  delivered_at: string | null
  cancelled_at: string | null
  /** Set once shipped. */
  tracking: OrderTracking | null
  /** Set once cancelled: what the cooperative wrote. */
  cancel_reason: string | null
}

// ---------------------------------------------------------------------------------------------
// Vendor orders
// ---------------------------------------------------------------------------------------------

/**
 * List filters of `GET /vendor/orders?status=`:
 * - `to_accept`: placed, not accepted, not cancelled;
 * - `to_ship`: accepted or prepared, not shipped, not cancelled;
 * - `shipped`: shipped, not delivered;
 * - `delivered`; `cancelled`.
 */
export const VENDOR_ORDER_FILTERS = ["to_accept", "to_ship", "shipped", "delivered", "cancelled"] as const
export type VendorOrderFilter = (typeof VENDOR_ORDER_FILTERS)[number]

/** What a member can do next with an order (the routes under `/vendor/orders/:id/`). */
export const VENDOR_ORDER_ACTIONS = ["accept", "prepare", "ship", "deliver", "cash-collected", "cancel"] as const
export type VendorOrderAction = (typeof VENDOR_ORDER_ACTIONS)[number]

/** How the customer pays this order: cash to the courier, or a share of one card payment. */
export type VendorPaymentMethod = "cash_on_delivery" | "card"

/**
 * Who holds the cash of a cash-on-delivery order once the customer has paid, by delivery method:
 * - `carrier`: Amana under Tadamon's contract collects it and remits it to Tadamon (organizers
 *   confirm it by importing the carrier's remittance statement);
 * - `cooperative`: the cooperative delivers itself and keeps the cash (it then owes the commission);
 * - `organizers`: the customer pays at the solidarity store's till, which organizers record.
 */
export const CASH_HOLDERS = ["carrier", "cooperative", "organizers"] as const
export type CashHolder = (typeof CASH_HOLDERS)[number]

/**
 * - `awaiting_collection`: cash on delivery, not collected yet;
 * - `awaiting_remittance`: the cooperative says the courier collected the cash; Tadamon awaits
 *   the carrier's remittance (Amana), which organizers confirm;
 * - `awaiting_till`: the cooperative says the customer paid at the solidarity store; organizers
 *   confirm it from the store's till;
 * - `collected`: cash on delivery, confirmed by whoever holds it (the capture);
 * - `authorized`: card share authorized, not captured yet (the share is captured when the order is placed);
 * - `captured`: card share captured;
 * - `refunded`: card share refunded (in full or partly, see `refunded_amount`);
 * - `canceled`: the payment was voided (order cancelled before any money moved).
 */
export type VendorPaymentStatus =
  | "awaiting_collection"
  | "awaiting_remittance"
  | "awaiting_till"
  | "collected"
  | "authorized"
  | "captured"
  | "refunded"
  | "canceled"

export type VendorOrderPayment = {
  method: VendorPaymentMethod
  provider_id: string
  status: VendorPaymentStatus
  /** The order's total: what the courier collects (COD), or the card share. */
  amount: number
  /** Cash on delivery: what is still to collect (0 once collected, declared collected or cancelled); card: 0. */
  amount_to_collect: number
  captured_amount: number
  refunded_amount: number
  /** Cash on delivery: who holds the cash once paid (from the delivery method); card: null. */
  cash_holder: CashHolder | null
  /** When the cooperative declared the cash collected (a claim, not a capture), if it did. */
  claimed_at: string | null
}

/** One line of the order's history, newest last. */
export type VendorOrderHistoryEntry = {
  /**
   * `cash_collected` (the cash confirmed by whoever holds it) and `cash_claimed` (the cooperative
   * declared an Amana or pickup order's cash collected) also appear here, though they are not
   * progress steps.
   */
  event: OrderProgressStatus | "cash_claimed" | "cash_collected" | "refunded"
  at: string
  /** Who did it: a member of the cooperative, an organizer, the customer (placing), or the system. */
  actor: { type: "member" | "user" | "customer" | "system"; id: string | null; name: string | null }
  /** Shipped: the tracking; cancelled: the reason; refunded: the amount. */
  tracking?: OrderTracking
  reason?: string
  amount?: number
}

/** The cooperative's progress view: the customer's plus the history with who did what. */
export type VendorOrderProgress = OrderProgress & {
  accepted_by: string | null
  history: VendorOrderHistoryEntry[]
}

export type VendorOrderLine = {
  id: string
  title: string
  subtitle: string | null
  variant_title: string | null
  variant_sku: string | null
  thumbnail: string | null
  quantity: number
  unit_price: number
  total: number
}

/** Where to deliver, as the customer entered it (the phone normalized, +212…). */
export type VendorDeliveryAddress = {
  first_name: string | null
  last_name: string | null
  phone: string | null
  address_1: string | null
  address_2: string | null
  city: string | null
  province: string | null
  postal_code: string | null
  country_code: string | null
}

/** A row of the list. */
export type VendorOrderSummary = {
  id: string
  display_id: number
  /** The customer's reference of the whole checkout, e.g. "TDM-4K7Q9X". */
  order_group_reference: string | null
  created_at: string
  currency_code: string
  customer_name: string
  city: string | null
  province: string | null
  item_count: number
  total: number
  payment_method: VendorPaymentMethod
  payment_status: VendorPaymentStatus
  progress_status: OrderProgressStatus
}

/** One order in full (`GET /vendor/orders/:id` and every action's response). */
export type VendorOrder = VendorOrderSummary & {
  /** The customer's language for messages, e.g. "fr-MA" (null: Arabic). */
  locale: string | null
  shipping_address: VendorDeliveryAddress | null
  items: VendorOrderLine[]
  shipping_method: {
    name: string
    amount: number
    /** "amana" | "home-delivery" | "pickup" when known. */
    kind: string | null
    min_hours: number | null
    max_hours: number | null
  } | null
  item_total: number
  shipping_total: number
  payment: VendorOrderPayment
  progress: VendorOrderProgress
  /** What the member can do now; the routes refuse anything else with 409. */
  available_actions: VendorOrderAction[]
}

/** `GET /vendor/orders?status=&q=&limit=&offset=` (limit 1–100, default 20). `q`: display id or reference. */
export type VendorOrderListQuery = {
  status?: VendorOrderFilter
  q?: string
  limit?: number
  offset?: number
}
export type VendorOrderListResponse = {
  orders: VendorOrderSummary[]
  count: number
  limit: number
  offset: number
  /** How many orders wait in each filter (for the tabs' badges). */
  counts: Record<VendorOrderFilter, number>
}

export type VendorOrderResponse = { order: VendorOrder }

/** `POST /vendor/orders/:id/accept`, `/prepare`, `/deliver`, `/cash-collected`: no body. */
export type VendorOrderActionRequest = Record<string, never>

/** `POST /vendor/orders/:id/ship`. */
export type VendorShipOrderRequest = {
  /** e.g. "Amana", "CTM Messagerie", "own courier" (1–100 characters). */
  carrier: string
  /** 1–100 characters. */
  tracking_number: string
  /** http(s) URL. */
  tracking_url?: string | null
}

/** `POST /vendor/orders/:id/cancel` (before shipping only). */
export type VendorCancelOrderRequest = {
  /** Shown to the customer; 3–500 characters. */
  reason: string
}

// ---------------------------------------------------------------------------------------------
// Earnings (settlement ledger)
// ---------------------------------------------------------------------------------------------

/**
 * The ledger of what Tadamon owes each cooperative. Signed amounts: a `sale` is positive; a
 * `commission`, a `refund` and a `payout` are negative (a commission given back on a refund is
 * a positive `commission`); `cash_held` is negative: the cash of a sale the cooperative delivered
 * itself and kept (so its sale and its cash cancel out, and what remains is the commission it
 * owes Tadamon).
 */
export const LEDGER_ENTRY_TYPES = ["sale", "commission", "cash_held", "refund", "payout"] as const
export type LedgerEntryType = (typeof LEDGER_ENTRY_TYPES)[number]

export const PAYOUT_METHODS = ["bank_transfer", "cheque", "cash", "mobile_wallet"] as const
export type PayoutMethod = (typeof PAYOUT_METHODS)[number]

export type LedgerEntry = {
  id: string
  type: LedgerEntryType
  /** Signed, 2 decimals. */
  amount: number
  currency_code: string
  /** When it happened (sale: delivered and paid; payout: the date paid). */
  occurred_at: string
  /**
   * When it counts towards what can be paid out: a sale, its commission and its cash held, once
   * the holding period after the sale (the customer's withdrawal right) is over; null: at once
   * (refunds, payouts: money owed back always counts at once).
   */
  available_at: string | null
  order_id: string | null
  order_display_id: number | null
  /** Commission: the rate applied, in percent. */
  rate: number | null
  /** Payout only. */
  method: PayoutMethod | null
  reference: string | null
  note: string | null
}

/** `GET /vendor/earnings?from=&to=` (dates `YYYY-MM-DD` or ISO; `to` inclusive of that day). */
export type VendorEarningsQuery = { from?: string; to?: string }

export type EarningsStatement = {
  cooperative: { id: string; name: string; handle: string }
  currency_code: string
  from: string | null
  to: string | null
  /** The rate that applies to new sales now, in percent (override or platform rate). */
  commission_rate: number
  /** Sums over the period (sales ≥ 0; commission, refunds and payouts ≤ 0). */
  sales: number
  commission: number
  refunds: number
  payouts: number
  /** Over the period: the cash of the cooperative's own home deliveries, which it kept (≤ 0). */
  cash_held: number
  /** sales + commission + refunds over the period. */
  net_earnings: number
  /** Balance before `from` and at the end of the period. */
  opening_balance: number
  closing_balance: number
  /**
   * What Tadamon owes the cooperative now, over all time. Negative: the cooperative owes Tadamon
   * (the commission on the cash it kept from its own deliveries).
   */
  balance_due: number
  /**
   * What organizers may pay out now (≥ 0): the balance without the sales still in their holding
   * period (money owed to Tadamon always counts at once).
   */
  payable: number
  /** Sales (net of their commission) still in their holding period, and when the last one ends. */
  held: number
  held_until: string | null
  /** The holding period after a sale, in days (the customer's withdrawal right, 7 by default). */
  hold_days: number
  /** The period's entries, oldest first. */
  entries: LedgerEntry[]
}
export type VendorEarningsResponse = { statement: EarningsStatement }

/**
 * `GET /vendor/earnings/export.csv?from=&to=`: `text/csv; charset=utf-8` with a BOM, header row
 * `date,type,order,amount,currency,rate,method,reference,note`, amounts with 2 decimals.
 */
export const EARNINGS_CSV_HEADER = ["date", "type", "order", "amount", "currency", "rate", "method", "reference", "note"] as const

export const EARNINGS_INTERVALS = ["day", "week", "month"] as const
export type EarningsInterval = (typeof EARNINGS_INTERVALS)[number]

/** `GET /vendor/earnings/series?from=&to=&interval=day|week|month` (default: the last 30 days, by day). */
export type VendorEarningsSeriesQuery = { from?: string; to?: string; interval?: EarningsInterval }
export type VendorEarningsSeriesResponse = {
  interval: EarningsInterval
  currency_code: string
  from: string
  to: string
  /** Every period from `from` to `to`, empty ones included; weeks start on Monday (UTC). */
  points: Array<{ period_start: string; sales: number; commission: number; orders: number }>
}

// ---------------------------------------------------------------------------------------------
// Organizers: commission and payouts
// ---------------------------------------------------------------------------------------------

export type CommissionOverride = { cooperative_id: string; cooperative_name: string | null; rate: number }

/** `GET /admin/settlement/commission`; rates in percent (0–100). */
export type AdminCommissionResponse = {
  commission: { rate: number; overrides: CommissionOverride[] }
}

/**
 * `POST /admin/settlement/commission`: the platform rate and/or per-cooperative overrides
 * (`rate: null` removes a cooperative's override). Responds like the GET.
 */
export type AdminUpdateCommissionRequest = {
  rate?: number
  overrides?: Array<{ cooperative_id: string; rate: number | null }>
}

/** `POST /admin/settlement/payouts`; `amount` > 0 and at most the statement's `payable` (409 otherwise). */
export type AdminCreatePayoutRequest = {
  cooperative_id: string
  amount: number
  /** `YYYY-MM-DD` or ISO date, not in the future. */
  paid_at: string
  method: PayoutMethod
  /** The bank transfer's or cheque's reference, 1–100 characters. */
  reference: string
  note?: string | null
}
export type AdminPayoutResponse = { payout: LedgerEntry; balance_due: number; payable: number }

/** `GET /admin/settlement/cooperatives/:id/statement?from=&to=`. */
export type AdminCooperativeStatementResponse = { statement: EarningsStatement }
