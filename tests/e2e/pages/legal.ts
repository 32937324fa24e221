import type { Locator, Page } from "@playwright/test"

/** The pages the footer links in every language: the terms, the privacy notice, the legal notice, contact. */
export const LEGAL_PAGES = {
  terms: "/legal/terms",
  privacy: "/legal/privacy",
  notice: "/legal/notice",
  contact: "/contact",
} as const

export type LegalPageKey = keyof typeof LEGAL_PAGES

/** The footer's legal links and what the legal and contact pages show. No assertions. */
export class LegalPages {
  constructor(readonly page: Page) {}

  footerLinks(): Locator {
    return this.page.getByTestId("footer-legal").getByRole("link")
  }

  footerLink(key: LegalPageKey): Locator {
    return this.page.getByTestId(`footer-link-${key}`)
  }

  /** Follows the footer's link to `key` and waits for that page. */
  async openFromFooter(key: LegalPageKey) {
    await this.footerLink(key).click()
    await this.page.waitForURL((url) => url.pathname.endsWith(LEGAL_PAGES[key]))
  }

  heading(): Locator {
    return this.page.getByRole("heading", { level: 1 })
  }

  sectionHeadings(): Locator {
    return this.page.getByTestId("legal-page").getByRole("heading", { level: 2 })
  }

  section(id: string): Locator {
    return this.page.getByTestId(`legal-section-${id}`)
  }

  termsVersion(): Locator {
    return this.page.getByTestId("terms-version")
  }

  cndpReference(): Locator {
    return this.page.getByTestId("cndp-reference")
  }

  contactEmail(): Locator {
    return this.page.getByTestId("contact-email")
  }

  contactPhone(): Locator {
    return this.page.getByTestId("contact-phone")
  }

  orderLookupLink(): Locator {
    return this.page.getByTestId("contact-order-lookup")
  }

  /** How far the page is wider than the screen, in CSS pixels (0: nothing to scroll sideways). */
  async horizontalOverflow(): Promise<number> {
    return this.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  }
}
