import type { Locator, Page } from "@playwright/test"

/** The heart buttons (product and cooperative pages, product cards) and the account's favourites. No assertions. */
export class FavouritesPages {
  constructor(readonly page: Page) {}

  /** The product page's "save" toggle (or, within a card, the card's heart). */
  productToggle(within: Page | Locator = this.page): Locator {
    return within.getByTestId("favourite-product")
  }

  /** The cooperative page's "follow" toggle. */
  cooperativeToggle(): Locator {
    return this.page.getByTestId("favourite-cooperative")
  }

  savedProducts(): Locator {
    return this.page.getByTestId("favourites-item-product")
  }

  followedCooperatives(): Locator {
    return this.page.getByTestId("favourites-item-cooperative")
  }

  async removeFirstProduct() {
    await this.page.getByTestId("favourites-remove-product").first().click()
  }

  emptyProducts(): Locator {
    return this.page.getByTestId("favourite-products-empty")
  }
}
