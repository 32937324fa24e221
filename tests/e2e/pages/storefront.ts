import type { Locator, Page } from "@playwright/test"

/** The storefront's shared chrome: header navigation and the language switch. No assertions. */
export class Storefront {
  constructor(readonly page: Page) {}

  html(): Locator {
    return this.page.locator("html")
  }

  async open(path: string) {
    return this.page.goto(path)
  }

  /** Opens the header's menu (navigation and languages) where it is a button: on a phone. */
  async openMenu() {
    const toggle = this.page.getByTestId("site-menu-toggle")
    if ((await toggle.isVisible()) && (await this.page.getByTestId("site-menu").getAttribute("open")) === null) {
      await toggle.click()
    }
  }

  searchInput(): Locator {
    return this.page.getByTestId("search-input")
  }

  async search(text: string) {
    await this.searchInput().fill(text)
    await this.searchInput().press("Enter")
  }

  languageLink(locale: "ar" | "fr" | "en"): Locator {
    return this.page.getByTestId("lang-switch").locator(`a[hreflang="${locale}"]`)
  }

  async switchLanguage(locale: "ar" | "fr" | "en") {
    await this.openMenu()
    await this.languageLink(locale).click()
    await this.page.waitForURL(new RegExp(`/${locale}(/|$|\\?)`))
  }

  categoryCards(): Locator {
    return this.page.getByTestId("category-card")
  }

  productCards(): Locator {
    return this.page.getByTestId("product-card")
  }

  cooperativeCards(): Locator {
    return this.page.getByTestId("cooperative-card")
  }

  async openFirst(cards: Locator) {
    await cards.first().getByRole("link").first().click()
  }
}

/** The product page. No assertions. */
export class ProductPage {
  constructor(readonly page: Page) {}

  price(): Locator {
    return this.page.getByTestId("product-price")
  }

  stockState(): Locator {
    return this.page.getByTestId("stock-state")
  }

  variantOptions(): Locator {
    return this.page.getByTestId("variant-option")
  }

  cooperativeLink(): Locator {
    return this.page.getByTestId("product-cooperative-link")
  }

  mainImage(): Locator {
    return this.page.locator("main img").first()
  }
}
