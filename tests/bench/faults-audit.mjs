// The fault suite's audit: what the database holds for the benchmark's carts, read with SQL straight
// from the bench database (the backend may be dead when it runs). A cart is
//   whole      its group (placed), one order per cooperative linked to it, each order with an
//              authorized (or captured) payment and its lines' stock reserved, the cart completed;
//   open       nothing of it exists (never completed, or undone): it can be completed;
//   half-made  anything else: orders without a group, a group without its orders or payments,
//              reservations of orders that are no order, a completed cart without a group…
import pg from "pg"

async function withClient(databaseUrl, fn) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

/** The link table holding both columns (Medusa names link tables after the modules and aliases). */
async function linkTable(client, a, b) {
  const { rows } = await client.query(
    `select table_name from information_schema.columns where table_schema = 'public' and column_name = any($1)
     group by table_name having count(distinct column_name) = 2 order by table_name`,
    [[a, b]]
  )
  return rows[0]?.table_name ?? null
}

async function hasColumn(client, table, column) {
  const { rowCount } = await client.query(
    "select 1 from information_schema.columns where table_schema = 'public' and table_name = $1 and column_name = $2",
    [table, column]
  )
  return rowCount > 0
}

const quote = (name) => `"${name.replace(/"/g, '""')}"`

/**
 * Audits `carts` ([{ id, cooperatives }]): each cart's state and the database-wide counts.
 * @returns {Promise<{ totals: object, carts: Map<string, { state: string, reasons: string[], reference: string | null }>,
 *   halfMade: number, whole: number, open: number, orphanOrders: number, stuckReservations: number, reasons: object }>}
 */
export async function auditCheckouts(databaseUrl, carts) {
  return withClient(databaseUrl, async (client) => {
    const cartIds = carts.map((cart) => cart.id)
    const groupOrder = await linkTable(client, "order_group_id", "order_id")
    const orderCollection = await linkTable(client, "order_id", "payment_collection_id")
    const withStatus = await hasColumn(client, "order_group", "status")
    const q = async (sql, params = []) => (await client.query(sql, params)).rows

    const cartRows = await q("select id, completed_at from cart where id = any($1)", [cartIds])
    const groups = await q(
      `select id, cart_id, reference, ${withStatus ? "status" : "'placed' as status"} from order_group
       where cart_id = any($1) and deleted_at is null`,
      [cartIds]
    )
    const orders = await q(`select id, metadata->>'cart_id' as cart_id from "order" where metadata->>'cart_id' = any($1) and deleted_at is null`, [
      cartIds,
    ])
    const orderIds = orders.map((order) => order.id)
    const groupLinks = groupOrder
      ? await q(`select order_group_id, order_id from ${quote(groupOrder)} where deleted_at is null and order_id = any($1)`, [orderIds])
      : []
    const paymentLinks = orderCollection
      ? await q(`select order_id, payment_collection_id from ${quote(orderCollection)} where deleted_at is null and order_id = any($1)`, [
          orderIds,
        ])
      : []
    const payments = await q(
      "select payment_collection_id from payment where deleted_at is null and canceled_at is null and payment_collection_id = any($1)",
      [paymentLinks.map((link) => link.payment_collection_id)]
    )
    const strayCollections = await q(
      "select metadata->>'cart_id' as cart_id from payment_collection where metadata->>'cart_id' = any($1) and deleted_at is null",
      [cartIds]
    )
    const lines = await q(
      "select order_id, item_id, quantity::numeric as quantity from order_item where deleted_at is null and order_id = any($1)",
      [orderIds]
    )
    // Every reservation of a line of any order ever made for these carts, undone orders included.
    const reservations = await q(
      `select r.line_item_id, r.quantity::numeric as quantity from reservation_item r
       join order_item oi on oi.item_id = r.line_item_id
       join "order" o on o.id = oi.order_id
       where r.deleted_at is null and o.metadata->>'cart_id' = any($1)`,
      [cartIds]
    )

    const reservedOf = new Map()
    for (const reservation of reservations) {
      reservedOf.set(reservation.line_item_id, (reservedOf.get(reservation.line_item_id) ?? 0) + Number(reservation.quantity))
    }
    const paidCollections = new Set(payments.map((payment) => payment.payment_collection_id))
    const liveLineIds = new Set(lines.map((line) => line.item_id))

    const byCart = new Map()
    const reasons = {}
    let orphanOrders = 0
    for (const cart of carts) {
      const row = cartRows.find((candidate) => candidate.id === cart.id)
      const group = groups.find((candidate) => candidate.cart_id === cart.id)
      const cartOrders = orders.filter((order) => order.cart_id === cart.id).map((order) => order.id)
      const linked = group ? groupLinks.filter((link) => link.order_group_id === group.id).map((link) => link.order_id) : []
      const problems = []
      if (group || cartOrders.length || strayCollections.some((collection) => collection.cart_id === cart.id)) {
        if (!group) problems.push("orders without a group")
        else if (group.status !== "placed") problems.push("group not placed")
        if (group && !row?.completed_at) problems.push("group of an open cart")
        if (linked.length !== cart.cooperatives) problems.push("wrong number of orders in the group")
        if (cartOrders.some((id) => !linked.includes(id))) problems.push("orders outside the group")
        for (const orderId of linked) {
          const collections = paymentLinks.filter((link) => link.order_id === orderId).map((link) => link.payment_collection_id)
          if (!collections.some((id) => paidCollections.has(id))) problems.push("order without a payment")
          const orderLines = lines.filter((line) => line.order_id === orderId)
          if (orderLines.some((line) => (reservedOf.get(line.item_id) ?? 0) !== Number(line.quantity))) {
            problems.push("line without its reservation")
          }
        }
        const state = problems.length ? "half-made" : "whole"
        byCart.set(cart.id, { state, reasons: [...new Set(problems)], reference: group?.reference ?? null })
      } else if (row?.completed_at) {
        byCart.set(cart.id, { state: "half-made", reasons: ["completed cart without a group"], reference: null })
      } else {
        byCart.set(cart.id, { state: "open", reasons: [], reference: null })
      }
      const entry = byCart.get(cart.id)
      for (const reason of entry.reasons) {
        reasons[reason] = (reasons[reason] ?? 0) + 1
      }
      if (entry.state !== "whole") {
        orphanOrders += cartOrders.length
      }
    }
    const wholeLines = new Set(
      lines
        .filter((line) => {
          const order = orders.find((candidate) => candidate.id === line.order_id)
          return byCart.get(order?.cart_id)?.state === "whole"
        })
        .map((line) => line.item_id)
    )
    const stuckReservations = reservations.filter((reservation) => !wholeLines.has(reservation.line_item_id) || !liveLineIds.has(reservation.line_item_id)).length

    const [totals] = await q(
      `select
         (select count(*) from "order" where deleted_at is null)::int as orders,
         (select count(*) from "order" where deleted_at is not null)::int as orders_undone,
         (select count(*) from order_group where deleted_at is null)::int as groups,
         ${withStatus ? `(select count(*) from order_group where deleted_at is null and status = 'placing')::int` : "null::int"} as groups_placing,
         ${
           orderCollection
             ? `(select count(distinct l.payment_collection_id) from ${quote(orderCollection)} l join "order" o on o.id = l.order_id
                 where l.deleted_at is null and o.deleted_at is null)::int`
             : "null::int"
         } as order_payment_collections,
         (select count(*) from payment where deleted_at is null and canceled_at is null and captured_at is null)::int as payments_authorized,
         (select count(*) from payment where deleted_at is null and canceled_at is not null)::int as payments_canceled,
         (select count(*) from reservation_item where deleted_at is null)::int as reservations,
         (select coalesce(sum(quantity), 0) from reservation_item where deleted_at is null)::int as reserved_units`
    )
    const states = [...byCart.values()].map((entry) => entry.state)
    return {
      totals,
      carts: byCart,
      whole: states.filter((state) => state === "whole").length,
      open: states.filter((state) => state === "open").length,
      halfMade: states.filter((state) => state === "half-made").length,
      orphanOrders,
      stuckReservations,
      reasons,
    }
  })
}

/** The audit without its per-cart map, for printing and the results file. */
export function auditSummary(audit) {
  const { carts, ...summary } = audit
  return summary
}

/** Plenty of stock everywhere (the bench database only): the suite measures faults, not sell-outs. */
export async function raiseStock(databaseUrl) {
  await withClient(databaseUrl, (client) =>
    // Medusa reads a quantity from its raw (precise) twin column: both are written.
    client.query(
      `update inventory_level set stocked_quantity = stocked_quantity + 100000,
         raw_stocked_quantity = jsonb_build_object('value', (stocked_quantity + 100000)::text, 'precision', 20)
       where deleted_at is null`
    )
  )
}
