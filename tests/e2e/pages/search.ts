import type { Locator, Page } from "@playwright/test"

/** The search results page and its filters. No assertions. */
export class SearchPage {
  constructor(readonly page: Page) {}

  results(): Locator {
    return this.page.getByTestId("product-card")
  }

  /** The product cards' links, in the order shown. */
  resultLinks(): Locator {
    return this.results().locator("a[href*='/products/']")
  }

  count(): Locator {
    return this.page.getByTestId("search-count")
  }

  filters(): Locator {
    return this.page.getByTestId("search-filters")
  }

  async openFilters() {
    if ((await this.filters().getAttribute("open")) === null) {
      await this.filters().locator("summary").click()
    }
  }

  facetOptions(facet: "category" | "cooperative" | "province" | "label" | "edition"): Locator {
    return this.page.getByTestId(`facet-${facet}`).locator("label")
  }

  sort(): Locator {
    return this.page.getByTestId("search-sort")
  }

  async apply() {
    await this.page.getByTestId("search-apply").click()
  }
}
