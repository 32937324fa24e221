import type { Locator, Page } from "@playwright/test"

/** Reviews: the account order's review forms, the product page's reviews, the portal's answers. No assertions. */
export class ReviewPages {
  constructor(readonly page: Page) {}

  /** The review form of the account order page's first line not yet reviewed. */
  form(): Locator {
    return this.page.getByTestId("review-form").first()
  }

  /** Picks a rating by its radio input's accessible name ("4 نجوم", "4 étoiles"…). */
  async rate(name: string | RegExp) {
    await this.form().getByRole("radio", { name }).check()
  }

  text(): Locator {
    return this.form().getByRole("textbox")
  }

  language(): Locator {
    return this.form().getByRole("combobox")
  }

  async submit() {
    await this.form().getByTestId("review-submit").click()
  }

  message(): Locator {
    return this.page.getByTestId("review-message").first()
  }

  myReviews(): Locator {
    return this.page.getByTestId("my-review")
  }

  productReviews(): Locator {
    return this.page.getByTestId("review")
  }

  productRating(): Locator {
    return this.page.getByTestId("product-rating")
  }

  structuredData(): Locator {
    return this.page.locator('script[type="application/ld+json"]')
  }

  async openPortalReviews(locale: string) {
    await this.page.goto(`/${locale}/coop/reviews`)
  }

  async answer(text: string) {
    const form = this.page.getByTestId("vendor-answer-form").first()
    await form.getByRole("textbox").fill(text)
    await form.getByTestId("vendor-answer-submit").click()
  }

  answerMessage(): Locator {
    return this.page.getByTestId("vendor-answer-message").first()
  }
}
