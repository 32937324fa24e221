import { model } from "@medusajs/framework/utils"

/**
 * One checkout: the reference the customer sees, over one Medusa order per cooperative.
 * `cart_id` is unique, so a cart can only ever become one group, whatever the concurrency.
 *
 * Attribution (stored at completion from the cart's `tadamon_attribution` metadata): the market
 * edition the visit came through (`edition_id`, null when none or unknown), the door (`channel`:
 * stand_qr, edition_page, other) and, for a stand's QR code, the cooperative of that stand.
 */
const OrderGroup = model
  .define("order_group", {
    id: model.id({ prefix: "ogrp" }).primaryKey(),
    reference: model.text().unique(),
    cart_id: model.text().unique(),
    customer_id: model.text().index().nullable(),
    email: model.text().index(),
    locale: model.text().nullable(),
    currency_code: model.text(),
    total: model.bigNumber(),
    payment_provider_id: model.text(),
    edition_id: model.text().index().nullable(),
    channel: model.text().default("other"),
    attributed_cooperative_id: model.text().nullable(),
    // Written first by the completion as `placing`, turned `placed` by its last write: a group still
    // `placing` outside the cart's lock is a completion that was interrupted (a crash, a kill) and
    // is undone by the next completion of its cart or by the interrupted-checkouts job.
    status: model.enum(["placing", "placed"]).default("placed").index(),
    metadata: model.json().nullable(),
  })

export default OrderGroup
