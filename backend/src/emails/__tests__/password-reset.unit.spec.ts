import { escapeHtml } from "../html"
import { renderPasswordResetEmail } from "../password-reset"
import { STOREFRONT_URL } from "./fixtures"

const input = { email: "amina+test@example.ma", token: "a.b-c_d", validMinutes: 15 }

describe("password reset email", () => {
  it("links to the storefront's reset page in the customer's language, with the token and email", () => {
    for (const locale of ["ar", "fr", "en"] as const) {
      const email = renderPasswordResetEmail({ ...input, locale }, STOREFRONT_URL)
      const link = new URL(`${STOREFRONT_URL}/${locale}/account/reset-password`)
      link.searchParams.set("token", input.token)
      link.searchParams.set("email", input.email)
      expect(email.text).toContain(link.toString())
      expect(email.html).toContain(`href="${escapeHtml(link.toString())}"`)
      expect(new URL(link.toString()).searchParams.get("email")).toBe(input.email)
    }
  })

  it("is Arabic and right to left by language, French and English otherwise", () => {
    const ar = renderPasswordResetEmail({ ...input, locale: "ar" }, STOREFRONT_URL)
    expect(ar.subject).toBe("تضامن: إعادة تعيين كلمة المرور")
    expect(ar.html).toContain('<html lang="ar" dir="rtl">')
    expect(ar.html).toContain("اختيار كلمة مرور جديدة")
    expect(ar.html).toContain("15 دقيقة")
    expect(ar.html).toContain('<span dir="ltr">amina+test@example.ma</span>')

    const fr = renderPasswordResetEmail({ ...input, locale: "fr" }, STOREFRONT_URL)
    expect(fr.subject).toBe("Tadamon : réinitialisation de votre mot de passe")
    expect(fr.html).toContain('<html lang="fr" dir="ltr">')
    expect(fr.text).toContain("valable 15 minutes")
    expect(fr.html).not.toMatch(/[\u0600-\u06FF]/)

    const en = renderPasswordResetEmail({ ...input, locale: "en" }, STOREFRONT_URL)
    expect(en.subject).toBe("Tadamon: reset your password")
    expect(en.text).toContain("If you did not ask for this")
    expect(en.html).not.toMatch(/[\u0600-\u06FF]/)
  })

  it("escapes the address it repeats", () => {
    const email = renderPasswordResetEmail({ ...input, email: '"><img src=x>@example.ma', locale: "en" }, STOREFRONT_URL)
    expect(email.html).not.toContain("<img")
    expect(email.html).toContain("&quot;&gt;&lt;img src=x&gt;@example.ma")
  })
})
