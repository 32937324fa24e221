import { escapeHtml, html } from "../html"
import { emailLocale } from "../locale"

describe("html", () => {
  it("escapes interpolated text but keeps nested html", () => {
    const title = `<script>alert("x")</script> & 'co'`
    expect(escapeHtml(title)).toBe("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;")
    expect(html`<p>${title}</p>`.value).toBe(`<p>${escapeHtml(title)}</p>`)
    expect(html`<ul>${["a<", "b"].map((item) => html`<li>${item}</li>`)}</ul>`.value).toBe("<ul><li>a&lt;</li><li>b</li></ul>")
    expect(html`${null}${undefined}${false}${0}`.value).toBe("0")
  })
})

describe("emailLocale", () => {
  it("maps stored locale tags to the email language, Arabic by default", () => {
    expect(emailLocale("ar-MA")).toBe("ar")
    expect(emailLocale("fr-MA")).toBe("fr")
    expect(emailLocale("en-US")).toBe("en")
    expect(emailLocale("fr")).toBe("fr")
    expect(emailLocale("de-DE")).toBe("ar")
    expect(emailLocale(null)).toBe("ar")
    expect(emailLocale(42)).toBe("ar")
  })
})
