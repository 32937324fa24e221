import { PAYMENT_PROVIDERS, type StoreOrderGroup } from "@tadamon/shared"

export const STOREFRONT_URL = "https://tadamon.example"

/** A placed group: honey from one cooperative (Amana, 24–72 h), figs from another (free, 3–7 days), cash on delivery. */
export function orderGroup(overrides: Partial<StoreOrderGroup> = {}): StoreOrderGroup {
  return {
    id: "ordgrp_1",
    reference: "TDM-4K7Q9X",
    email: "amina@example.ma",
    created_at: "2026-12-20T10:00:00.000Z",
    currency_code: "mad",
    locale: "ar-MA",
    payment_provider_id: PAYMENT_PROVIDERS.cashOnDelivery,
    total: 385,
    amount_to_collect: 385,
    shipping_address: {
      first_name: "Amina",
      last_name: "Alaoui",
      address_1: "12 Rue des Oliviers",
      city: "Taounate",
      province: "taounate",
      postal_code: "34000",
      phone: "+212612345678",
    },
    orders: [
      {
        id: "order_1",
        display_id: 1,
        status: "pending",
        fulfillment_status: "not_fulfilled",
        payment_status: "authorized",
        cooperative: {
          id: "coop_1",
          handle: "nahl",
          name: "تعاونية النحل",
          seller: {
            legal_name: "تعاونية النحل",
            registration_number: "RC-2019-0457",
            address: { commune: "غفساي", province: "تاونات", region: "فاس - مكناس" },
            phone: "+212612345678",
            email: "nahl@cooperatives.example",
          },
        },
        items: [
          {
            id: "item_1",
            title: "عسل الزعتر <script>alert(1)</script>",
            subtitle: null,
            variant_title: "500 g",
            thumbnail: null,
            quantity: 2,
            unit_price: 120,
            total: 240,
          },
        ],
        shipping: { name: "Amana", amount: 25, min_hours: 24, max_hours: 72 },
        item_total: 240,
        shipping_total: 25,
        total: 265,
      },
      {
        id: "order_2",
        display_id: 2,
        status: "pending",
        fulfillment_status: "not_fulfilled",
        payment_status: "authorized",
        cooperative: { id: "coop_2", handle: "tin", name: "Coopérative \"Tin & Zit\"" },
        items: [
          {
            id: "item_2",
            title: "Figues séchées",
            subtitle: null,
            variant_title: null,
            thumbnail: null,
            quantity: 1,
            unit_price: 120,
            total: 120,
          },
        ],
        shipping: { name: "Livraison à domicile", amount: 0, min_hours: 72, max_hours: 168 },
        item_total: 120,
        shipping_total: 0,
        total: 120,
      },
    ],
    ...overrides,
  }
}
