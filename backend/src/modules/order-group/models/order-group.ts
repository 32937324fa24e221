import { model } from "@medusajs/framework/utils"

/**
 * One checkout: the reference the customer sees, over one Medusa order per cooperative.
 * `cart_id` is unique, so a cart can only ever become one group, whatever the concurrency.
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
    metadata: model.json().nullable(),
  })

export default OrderGroup
