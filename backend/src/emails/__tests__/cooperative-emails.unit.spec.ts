import { renderCooperativeStatusEmail } from "../cooperative-status"
import { escapeHtml } from "../html"
import { renderMemberInvitationEmail } from "../member-invitation"
import { renderPasswordResetEmail } from "../password-reset"
import { STOREFRONT_URL } from "./fixtures"

const ARABIC = /[\u0600-\u06FF]/

describe("member invitation email", () => {
  const input = { email: "samira@example.ma", cooperativeName: "تعاونية <النحل>", inviterName: "Khadija Bennani", token: "t0k-en_1", validDays: 7 }

  it("links to the portal's join page with the token, in each language", () => {
    for (const locale of ["ar", "fr", "en"] as const) {
      const email = renderMemberInvitationEmail({ ...input, locale }, STOREFRONT_URL)
      const link = `${STOREFRONT_URL}/${locale}/coop/join?token=t0k-en_1`
      expect(email.text).toContain(link)
      expect(email.html).toContain(`href="${escapeHtml(link)}"`)
      expect(email.html).toContain(`lang="${locale}"`)
    }
  })

  it("names the cooperative and the inviter, escaped, with the validity", () => {
    const fr = renderMemberInvitationEmail({ ...input, locale: "fr" }, STOREFRONT_URL)
    expect(fr.subject).toBe("Tadamon : invitation à rejoindre تعاونية <النحل>")
    expect(fr.html).toContain('<span dir="auto">تعاونية &lt;النحل&gt;</span>')
    expect(fr.html).not.toContain("<النحل>")
    expect(fr.text).toContain("Khadija Bennani vous invite")
    expect(fr.text).toContain("valable 7 jours")
    const ar = renderMemberInvitationEmail({ ...input, locale: "ar" }, STOREFRONT_URL)
    expect(ar.html).toContain('dir="rtl"')
    expect(ar.text).toContain("7 أيام")
  })
})

describe("member password reset email", () => {
  it("links to the portal's reset page, not the customer account's", () => {
    const email = renderPasswordResetEmail({ audience: "member", email: "a+b@coop.ma", token: "x.y.z", locale: "en", validMinutes: 15 }, STOREFRONT_URL)
    const link = new URL(`${STOREFRONT_URL}/en/coop/reset-password`)
    link.searchParams.set("token", "x.y.z")
    link.searchParams.set("email", "a+b@coop.ma")
    expect(email.text).toContain(link.toString())
    expect(email.text).not.toContain("/account/reset-password")
    expect(email.subject).toBe("Tadamon: reset your cooperative space password")
    expect(email.html).not.toMatch(ARABIC)
  })
})

describe("cooperative status email", () => {
  it("tells approval without a reason, refusal and suspension with it", () => {
    const approved = renderCooperativeStatusEmail({ decision: "approved", cooperativeName: "Nahl", reason: "ignored", locale: "fr" }, STOREFRONT_URL)
    expect(approved.subject).toBe("Tadamon : votre coopérative est approuvée")
    expect(approved.text).not.toContain("ignored")
    expect(approved.text).toContain(`${STOREFRONT_URL}/fr/coop`)

    const rejected = renderCooperativeStatusEmail({ decision: "rejected", cooperativeName: "Nahl", reason: "Dossier <incomplet>", locale: "fr" }, STOREFRONT_URL)
    expect(rejected.text).toContain("Motif\u00a0: Dossier <incomplet>")
    expect(rejected.html).toContain("Dossier &lt;incomplet&gt;")

    const suspended = renderCooperativeStatusEmail({ decision: "suspended", cooperativeName: "النحل", reason: "انتهاء الترخيص", locale: "ar" }, STOREFRONT_URL)
    expect(suspended.subject).toBe("تضامن: تم تعليق تعاونيتكم")
    expect(suspended.text).toContain("السبب: انتهاء الترخيص")
  })

  it("names the document or product a decision is about, with the reason only where one applies, in every language", () => {
    const refused = renderCooperativeStatusEmail(
      { decision: "document_refused", cooperativeName: "Nahl", reason: "Illisible", locale: "fr", subjectName: "Autorisation sanitaire (ONSSA)" },
      STOREFRONT_URL
    )
    expect(refused.subject).toBe("Tadamon : un de vos documents a été refusé")
    expect(refused.text).toContain("« Autorisation sanitaire (ONSSA) » de Nahl")
    expect(refused.text).toContain("Motif\u00a0: Illisible")
    const published = renderCooperativeStatusEmail(
      { decision: "product_published", cooperativeName: "Nahl", reason: "ignored", locale: "en", subjectName: "Thyme honey" },
      STOREFRONT_URL
    )
    expect(published.text).toContain("“Thyme honey” of Nahl")
    expect(published.text).not.toContain("ignored")
    const reinstated = renderCooperativeStatusEmail({ decision: "reinstated", cooperativeName: "النحل", reason: null, locale: "ar" }, STOREFRONT_URL)
    expect(reinstated.subject).toBe("تضامن: تم رفع التعليق عن تعاونيتكم")
    const expired = renderCooperativeStatusEmail(
      { decision: "document_expired", cooperativeName: "<Nahl>", reason: null, locale: "en", subjectName: "Organic" },
      STOREFRONT_URL
    )
    expect(expired.html).toContain("&lt;Nahl&gt;")
    expect(expired.html).not.toContain("<Nahl>")
  })
})
