import type { Locator, Page } from "@playwright/test"

/**
 * The cooperative portal (`/[locale]/coop/…`). No assertions. A cooperative made for the journeys'
 * setup through the real routes is in coop-setup.ts.
 */

/** A file for a file input, made in the test. */
export type TestFile = { name: string; mimeType: string; buffer: Buffer }

/** A valid 1×1 PNG (what the upload route checks is the content, not the name). */
export function tinyPng(name = "photo.png"): TestFile {
  return {
    name,
    mimeType: "image/png",
    buffer: Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"),
  }
}

/** Something nobody else uses: journeys run in parallel against one database. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`
}

/** A date a year from now, `YYYY-MM-DD`. */
export function nextYear(): string {
  const date = new Date()
  date.setUTCFullYear(date.getUTCFullYear() + 1)
  return date.toISOString().slice(0, 10)
}

export type CoopAccount = { email: string; password: string; first_name: string; last_name: string }

export type CoopApplication = CoopAccount & {
  name: string
  name_fr?: string
  registration: string
  sector: string
  region: string
  province: string
  commune: string
  founding_year: string
  member_count: string
  women_member_count: string
  contact_phone: string
  story: string
  sanitary?: { number: string; valid_until: string; file: TestFile }
}

/** The portal's public pages: landing, sign-in, apply. */
export class CoopPublicPages {
  constructor(readonly page: Page) {}

  async openLanding(locale: string) {
    await this.page.goto(`/${locale}/coop`)
  }

  applyLink(): Locator {
    return this.page.getByTestId("coop-landing-apply")
  }

  applyForm(): Locator {
    return this.page.getByTestId("coop-apply-form")
  }

  input(name: string): Locator {
    return this.applyForm().locator(`[name="${name}"]`)
  }

  /** The error shown next to an input of the application form. */
  fieldError(name: string): Locator {
    return this.applyForm().locator(".field").filter({ has: this.page.locator(`[name="${name}"]`) }).getByTestId("field-error")
  }

  async fillApplication(application: CoopApplication) {
    const texts: Record<string, string> = {
      "member.first_name": application.first_name,
      "member.last_name": application.last_name,
      email: application.email,
      password: application.password,
      "cooperative.name": application.name,
      "cooperative.name_fr": application.name_fr ?? "",
      "cooperative.legal_registration_number": application.registration,
      "cooperative.founding_year": application.founding_year,
      "cooperative.member_count": application.member_count,
      "cooperative.women_member_count": application.women_member_count,
      "cooperative.contact_phone": application.contact_phone,
      "cooperative.commune": application.commune,
      "cooperative.story": application.story,
    }
    for (const [name, value] of Object.entries(texts)) {
      if (value) {
        await this.input(name).fill(value)
      }
    }
    await this.input("cooperative.sector").selectOption(application.sector)
    await this.input("cooperative.region").selectOption(application.region)
    await this.input("cooperative.province").selectOption(application.province)
    if (application.sanitary) {
      await this.input("sanitary.number").fill(application.sanitary.number)
      await this.input("sanitary.valid_until").fill(application.sanitary.valid_until)
      await this.page.getByTestId("apply-sanitary-file").setInputFiles(application.sanitary.file)
    }
  }

  async submitApplication() {
    await this.page.getByTestId("coop-apply-submit").click()
  }

  applyMessage(): Locator {
    return this.page.getByTestId("coop-apply-message")
  }

  async signIn(locale: string, email: string, password: string) {
    await this.page.goto(`/${locale}/coop/sign-in`)
    const form = this.page.getByTestId("coop-sign-in-form")
    await form.locator('[name="email"]').fill(email)
    await form.locator('[name="password"]').fill(password)
    await this.page.getByTestId("coop-sign-in-submit").click()
  }
}

export type ProductDraft = {
  title_ar: string
  title_fr?: string
  description_fr?: string
  option_title: string
  variants: { value: string; price: string; stock: string }[]
  images: TestFile[]
}

/** The signed-in portal: shell, dashboard, products, orders. */
export class CoopPortal {
  constructor(readonly page: Page) {}

  statusBanner(): Locator {
    return this.page.getByTestId("coop-status-banner")
  }

  cooperativeName(): Locator {
    return this.page.getByTestId("coop-name")
  }

  nav(section: "dashboard" | "products" | "orders" | "earnings" | "members" | "documents"): Locator {
    return this.page.getByTestId(`coop-nav-${section}`)
  }

  todo(id: "to-accept" | "to-ship" | "low-stock" | "awaiting-review"): Locator {
    return this.page.getByTestId(`todo-${id}`)
  }

  async signOut() {
    await this.page.getByTestId("coop-sign-out").click()
  }

  // Products

  async openNewProduct() {
    await this.page.getByTestId("product-new").click()
  }

  productForm(): Locator {
    return this.page.getByTestId("product-form")
  }

  async fillProduct(product: ProductDraft) {
    const form = this.productForm()
    await form.locator('[name="title"]').fill(product.title_ar)
    if (product.title_fr || product.description_fr) {
      await this.page.getByTestId("locale-tab-fr").click()
      if (product.title_fr) {
        await form.locator('[name="translations.fr.title"]').fill(product.title_fr)
      }
      if (product.description_fr) {
        await form.locator('[name="translations.fr.description"]').fill(product.description_fr)
      }
    }
    const category = form.locator('[name="category_id"]')
    const firstCategory = await category.locator("option").nth(1).getAttribute("value")
    if (firstCategory) {
      await category.selectOption(firstCategory)
    }
    await form.locator('[name="option_title"]').fill(product.option_title)
    for (const [index, variant] of product.variants.entries()) {
      if (index > 0) {
        await this.page.getByTestId("variant-add").click()
      }
      const row = this.page.getByTestId("variant-row").nth(index)
      await row.locator('[name$=".option_value"]').fill(variant.value)
      await row.locator('[name$=".price"]').fill(variant.price)
      await row.locator('[name$=".stock"]').fill(variant.stock)
    }
    await this.page.getByTestId("product-images-input").setInputFiles(product.images)
  }

  imagePreviews(): Locator {
    return this.productForm().locator(".file-previews__item")
  }

  async submitForReview() {
    await this.page.getByTestId("product-submit").click()
  }

  savedNotice(): Locator {
    return this.page.getByTestId("product-saved")
  }

  product(title: string): Locator {
    return this.page.getByTestId("coop-product").filter({ has: this.page.getByTestId("coop-product-title").filter({ hasText: title }) })
  }

  productStatus(product: Locator): Locator {
    return product.getByTestId("product-status")
  }

  stockInput(product: Locator): Locator {
    return product.getByTestId("stock-form").locator('[name="quantity"]')
  }

  // Orders

  async openOrders(locale: string, filter?: "to_accept" | "to_ship" | "shipped" | "delivered" | "cancelled") {
    await this.page.goto(`/${locale}/coop/orders${filter ? `?status=${filter}` : ""}`)
  }

  orderByReference(reference: string): Locator {
    return this.page.locator(`[data-testid="coop-order"][data-reference="${reference}"]`)
  }

  async openOrder(order: Locator) {
    await order.getByTestId("coop-order-link").click()
  }

  orderDetail(): Locator {
    return this.page.getByTestId("coop-order-detail")
  }

  orderProgress(): Locator {
    return this.orderDetail().locator(".coop-page__header").getByTestId("order-progress")
  }

  orderAction(action: "accept" | "prepare" | "deliver" | "cash-collected" | "ship" | "cancel"): Locator {
    return this.page.getByTestId(`order-action-${action}`)
  }

  async ship(carrier: string, trackingNumber: string) {
    const form = this.page.getByTestId("order-ship-form")
    await form.locator('[name="carrier"]').fill(carrier)
    await form.locator('[name="tracking_number"]').fill(trackingNumber)
    await this.orderAction("ship").click()
  }

  amountToCollect(): Locator {
    return this.page.getByTestId("order-amount-to-collect")
  }

  orderPayment(): Locator {
    return this.orderDetail().getByTestId("order-payment")
  }

  tracking(): Locator {
    return this.page.getByTestId("order-tracking")
  }

  customerPhone(): Locator {
    return this.page.getByTestId("order-phone")
  }

  /** Who holds the open order's cash (`data-holder`: carrier, cooperative, organizers). */
  cashHolder(): Locator {
    return this.page.getByTestId("order-cash-holder")
  }

  // Earnings

  async openEarnings(locale: string) {
    await this.page.goto(`/${locale}/coop/earnings`)
  }

  /** What Tadamon owes the cooperative (`data-amount`; `data-owed` when it is the other way round). */
  balanceDue(): Locator {
    return this.page.getByTestId("earnings-balance-due")
  }

  payable(): Locator {
    return this.page.getByTestId("earnings-payable")
  }

  held(): Locator {
    return this.page.getByTestId("earnings-held")
  }

  /** The statement's lines of a type (sale, commission, cash_held, refund, payout), each with `data-amount`. */
  ledgerEntries(type: string): Locator {
    return this.page.getByTestId("earnings-entries").locator(`[data-type="${type}"]`)
  }
}
