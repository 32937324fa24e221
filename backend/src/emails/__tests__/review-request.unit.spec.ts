import { renderReviewRequestEmail } from "../review-request"
import { STOREFRONT_URL } from "./fixtures"

const input = {
  first_name: "Fatima",
  reference: "TDM-4K7Q9X",
  cooperative: "تعاونية النحل",
  products: ["عسل الزعتر", "<script>alert(1)</script>"],
}

describe("review request email", () => {
  it("links to the order's page in the customer's language, in that language and direction", () => {
    const ar = renderReviewRequestEmail({ ...input, locale: "ar" }, STOREFRONT_URL)
    expect(ar.subject).toBe("تضامن: ما رأيك في منتجات تعاونية النحل؟")
    expect(ar.html).toContain('<html lang="ar" dir="rtl">')
    expect(ar.text).toContain(`${STOREFRONT_URL}/ar/account/orders/TDM-4K7Q9X`)
    const fr = renderReviewRequestEmail({ ...input, locale: "fr" }, STOREFRONT_URL)
    expect(fr.subject).toBe("Tadamon : que pensez-vous des produits de تعاونية النحل ?")
    expect(fr.text).toContain(`${STOREFRONT_URL}/fr/account/orders/TDM-4K7Q9X`)
    expect(fr.text).toContain("Bonjour Fatima,")
    const en = renderReviewRequestEmail({ ...input, first_name: null, locale: "en" }, STOREFRONT_URL)
    expect(en.text).toContain("Hello,")
  })

  it("writes names and titles as text", () => {
    const email = renderReviewRequestEmail({ ...input, locale: "en" }, STOREFRONT_URL)
    expect(email.html).not.toContain("<script>")
    expect(email.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;")
  })
})
