import { formatPrice, LOCALES, PAYMENT_PROVIDERS } from "@tadamon/shared"
import { escapeHtml } from "../html"
import { renderOrderGroupPlacedEmail } from "../order-group-placed"
import { orderGroup, STOREFRONT_URL } from "./fixtures"

describe("order group confirmation email", () => {
  it("is written in Arabic, right to left, with the reference, both cooperatives and the amounts", () => {
    const email = renderOrderGroupPlacedEmail(orderGroup(), "ar", STOREFRONT_URL)

    expect(email.subject).toBe("تضامن: توصلنا بطلبك TDM-4K7Q9X")
    expect(email.html).toContain('<html lang="ar" dir="rtl">')
    expect(email.html).toContain("شكرا على طلبك")
    expect(email.html).toContain("تعاونية النحل")
    expect(email.html).toContain("منتجات تعاونيتين")
    expect(email.html).toContain("من 24 إلى 72 ساعة")
    expect(email.html).toContain("من 3 إلى 7 أيام")
    expect(email.html).toContain("المبلغ الواجب أداؤه عند الاستلام")
    for (const amount of [120, 240, 25, 265, 385]) {
      expect(email.html).toContain(formatPrice(amount, "ar"))
    }
    expect(email.html).toContain("مجاني")
    // the province code becomes its name
    expect(email.text).toContain("34000 Taounate\nتاونات\n")
    expect(email.html).toContain(`href="${STOREFRONT_URL}/ar/account/orders/TDM-4K7Q9X"`)
    expect(email.html).toContain(`href="${STOREFRONT_URL}/ar/order/lookup"`)
    expect(email.text).toContain("TDM-4K7Q9X")
    expect(email.text).toContain(`${STOREFRONT_URL}/ar/account/orders/TDM-4K7Q9X`)
    expect(email.text).toContain(`${STOREFRONT_URL}/ar/order/lookup`)
  })

  it("names who sells each parcel (law 31-08): legal name, registration number, address, phone and email", () => {
    const email = renderOrderGroupPlacedEmail(orderGroup(), "ar", STOREFRONT_URL)
    expect(email.text).toContain("البائع: تعاونية النحل · رقم التسجيل RC-2019-0457\nغفساي، تاونات، فاس - مكناس\n+212 6 12 34 56 78 · nahl@cooperatives.example")
    expect(email.html).toContain("RC-2019-0457")
    // A parcel whose seller is not known says nothing rather than something wrong.
    expect(email.text.match(/البائع/g)).toHaveLength(1)
  })

  it("speaks French and English, left to right, with prices formatted for the language", () => {
    const fr = renderOrderGroupPlacedEmail(orderGroup({ locale: "fr-MA" }), "fr", STOREFRONT_URL)
    expect(fr.subject).toBe("Tadamon : nous avons bien reçu votre commande TDM-4K7Q9X")
    expect(fr.html).toContain('<html lang="fr" dir="ltr">')
    expect(fr.html).toContain("Montant à payer à la livraison")
    expect(fr.html).toContain(escapeHtml("Livraison estimée : 24 à 72 heures après l'expédition."))
    expect(fr.text).toContain("Livraison estimée : 3 à 7 jours après l'expédition.")
    expect(fr.html).toContain(formatPrice(385, "fr"))
    expect(fr.html).toContain("Gratuite")
    expect(fr.html).toContain(`${STOREFRONT_URL}/fr/account/orders/TDM-4K7Q9X`)

    const en = renderOrderGroupPlacedEmail(orderGroup({ locale: "en-US" }), "en", STOREFRONT_URL)
    expect(en.subject).toBe("Tadamon: we have received your order TDM-4K7Q9X")
    expect(en.html).toContain('<html lang="en" dir="ltr">')
    expect(en.html).toContain("Amount to pay on delivery")
    expect(en.html).toContain("Estimated delivery: 24–72 hours after dispatch.")
    expect(en.html).toContain(formatPrice(385, "en"))
    expect(en.text).toContain(`${STOREFRONT_URL}/en/order/lookup`)
  })

  it("leaves no text of another language behind", () => {
    const arabic = /[\u0600-\u06FF]/
    const latinWords = /\b(Total|Shipping|Livraison|Product|Produit|Payment|Paiement|Hello|Bonjour|Free|Gratuite)\b/
    // Data (names, titles, address) is the customer's; strip it before looking at our own words.
    const group = orderGroup({
      shipping_address: null,
      orders: orderGroup().orders.map((order, index) => ({
        ...order,
        cooperative: {
          ...order.cooperative,
          name: `C${index}`,
          seller: order.cooperative.seller && {
            ...order.cooperative.seller,
            legal_name: `C${index}`,
            address: { commune: "K", province: "P", region: "R" },
          },
        },
        items: order.items.map((item) => ({ ...item, title: "X", variant_title: null })),
        shipping: order.shipping && { ...order.shipping, name: "S" },
      })),
    })
    const ar = renderOrderGroupPlacedEmail(group, "ar", STOREFRONT_URL)
    expect(ar.text).not.toMatch(latinWords)
    for (const locale of ["fr", "en"] as const) {
      const email = renderOrderGroupPlacedEmail(group, locale, STOREFRONT_URL)
      expect(email.subject).not.toMatch(arabic)
      expect(email.text).not.toMatch(arabic)
      expect(email.html).not.toMatch(arabic)
    }
  })

  it("escapes what customers and cooperatives wrote", () => {
    for (const locale of LOCALES) {
      const email = renderOrderGroupPlacedEmail(orderGroup(), locale, STOREFRONT_URL)
      expect(email.html).not.toContain("<script>")
      expect(email.html).toContain("عسل الزعتر &lt;script&gt;alert(1)&lt;/script&gt;")
      expect(email.html).toContain("Coopérative &quot;Tin &amp; Zit&quot;")
      // the text part is plain text: no escaping there
      expect(email.text).toContain("عسل الزعتر <script>alert(1)</script>")
    }
  })

  it("says nothing is left to pay on delivery when the customer paid by card", () => {
    const group = orderGroup({ payment_provider_id: PAYMENT_PROVIDERS.stripe, amount_to_collect: 0 })
    const email = renderOrderGroupPlacedEmail(group, "fr", STOREFRONT_URL)
    expect(email.html).toContain("Carte bancaire")
    expect(email.html).not.toContain("Montant à payer à la livraison")
    expect(email.text).not.toContain("espèces")
  })

  it("puts a single-cooperative order in one parcel without the separate-parcels note", () => {
    const group = orderGroup({ orders: orderGroup().orders.slice(0, 1), total: 265, amount_to_collect: 265 })
    const email = renderOrderGroupPlacedEmail(group, "en", STOREFRONT_URL)
    expect(email.html).not.toContain("separate parcels")
    expect(email.html).toContain("Please have the amount ready in cash when the parcel arrives.")
    expect(email.html).toContain(formatPrice(265, "en"))
  })
})
