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

  languageLink(locale: "ar" | "fr" | "en"): Locator {
    return this.page.getByTestId("lang-switch").locator(`a[hreflang="${locale}"]`)
  }

  async switchLanguage(locale: "ar" | "fr" | "en") {
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
