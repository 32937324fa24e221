import { formatPrice, type OrderProgress } from "@tadamon/shared"
import { type OrderStatusEmailData, renderOrderStatusEmail } from "../order-status"
import { STOREFRONT_URL } from "./fixtures"

const progress = (overrides: Partial<OrderProgress> = {}): OrderProgress => ({
  status: "placed",
  placed_at: "2026-12-19T10:00:00.000Z",
  accepted_at: null,
  prepared_at: null,
  shipped_at: null,
  delivered_at: null,
  cancelled_at: null,
  tracking: null,
  cancel_reason: null,
  ...overrides,
})

const data = (overrides: Partial<OrderStatusEmailData["order"]> = {}, otherOrders = 1): OrderStatusEmailData => ({
  reference: "TDM-4K7Q9X",
  currency_code: "mad",
  first_name: "Fatima",
  other_orders: otherOrders,
  order: {
    cooperative: { id: "coop_1", handle: "nahl", name: "تعاونية النحل" },
    total: 265,
    items: [{ title: "عسل الزعتر", variant_title: "500 g", quantity: 2 }],
    progress: progress(),
    payment: "cod",
    amount_to_collect: 265,
    ...overrides,
  },
})

describe("order status emails", () => {
  it("tells an Arabic customer their order was accepted, right to left, with the lines", () => {
    const email = renderOrderStatusEmail("accepted", data({ progress: progress({ status: "accepted" }) }), "ar", STOREFRONT_URL)
    expect(email.subject).toBe("تضامن: قبلت تعاونية النحل طلبك TDM-4K7Q9X")
    expect(email.html).toContain('<html lang="ar" dir="rtl">')
    expect(email.html).toContain('<span dir="ltr">TDM-4K7Q9X</span>')
    expect(email.text).toContain("عسل الزعتر (500 g) × 2")
    expect(email.text).toContain(`${STOREFRONT_URL}/ar/account/orders/TDM-4K7Q9X`)
  })

  it("gives the carrier, the tracking link and the cash to hand the courier when shipped", () => {
    const tracking = { carrier: "Amana", tracking_number: "RR123456789MA", tracking_url: "https://www.amana.ma/suivi?code=RR123456789MA" }
    const email = renderOrderStatusEmail("shipped", data({ progress: progress({ status: "shipped", tracking }) }), "en", STOREFRONT_URL)
    expect(email.subject).toBe("Tadamon: your parcel from تعاونية النحل is on its way (TDM-4K7Q9X)")
    expect(email.text).toContain("Carrier: Amana\nTracking number: RR123456789MA\nTrack the parcel: https://www.amana.ma/suivi?code=RR123456789MA")
    expect(email.html).toContain('href="https://www.amana.ma/suivi?code=RR123456789MA"')
    expect(email.text).toContain(`Amount to pay the courier: ${formatPrice(265, "en")}`)
    const card = renderOrderStatusEmail("shipped", data({ payment: "card", amount_to_collect: 0, progress: progress({ tracking }) }), "en", STOREFRONT_URL)
    expect(card.text).not.toContain("Amount to pay the courier")
  })

  it("says why an order was cancelled and what happens to the money, escaping what the cooperative wrote", () => {
    const reason = "<b>Rupture</b> de stock"
    const cod = renderOrderStatusEmail("cancelled", data({ progress: progress({ status: "cancelled", cancel_reason: reason }) }), "fr", STOREFRONT_URL)
    expect(cod.subject).toBe("Tadamon : تعاونية النحل a annulé votre commande TDM-4K7Q9X")
    expect(cod.text).toContain(`Motif\u00a0: ${reason}`)
    expect(cod.html).toContain("&lt;b&gt;Rupture&lt;/b&gt; de stock")
    expect(cod.html).not.toContain("<b>Rupture")
    expect(cod.text).toContain("Vous n'avez rien à payer pour ce colis.")
    expect(cod.text).toContain("Les autres colis de votre commande suivent leur cours.")

    const card = renderOrderStatusEmail("cancelled", data({ payment: "card", progress: progress({ cancel_reason: "x" }) }, 0), "fr", STOREFRONT_URL)
    expect(card.text).toContain(`Le montant de ${formatPrice(265, "fr")} sera remboursé sur votre carte bancaire.`)
    expect(card.text).not.toContain("Les autres colis")
  })

  it("thanks the customer on delivery", () => {
    const email = renderOrderStatusEmail("delivered", data(), "en", STOREFRONT_URL)
    expect(email.subject).toBe("Tadamon: your parcel from تعاونية النحل was delivered (TDM-4K7Q9X)")
    expect(email.text).toContain("Thank you for supporting the cooperatives!")
  })
})
