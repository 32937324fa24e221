import type { Locator, Page } from "@playwright/test"

/**
 * The organizers' Admin at `/app` (English, the Admin's default language) with Tadamon's
 * moderation pages: the cooperatives queue, a cooperative's page and the product review queue.
 * No assertions here: the journeys assert.
 */
export class OrganizerAdmin {
  constructor(
    private readonly page: Page,
    private readonly backendUrl: string
  ) {}

  async signIn(email: string, password: string) {
    await this.page.goto(`${this.backendUrl}/app/login`)
    await this.page.locator('input[name="email"]').fill(email)
    await this.page.locator('input[name="password"]').fill(password)
    await this.page.getByRole("button", { name: /continue/i }).click()
    await this.page.waitForURL(/\/app\/(orders|products)/)
  }

  /** The applications queue (pending cooperatives by default). */
  async openCooperatives() {
    await this.page.goto(`${this.backendUrl}/app/cooperatives`)
  }

  cooperativeRow(name: string): Locator {
    return this.page.getByTestId("cooperative-row").filter({ hasText: name })
  }

  async openCooperative(name: string) {
    await this.cooperativeRow(name).getByRole("link", { name }).click()
    await this.page.waitForURL(/\/app\/cooperatives\/coop_/)
  }

  statusBadge(): Locator {
    return this.page.getByTestId("cooperative-status").first()
  }

  /** Approves the open cooperative, confirming in the prompt. */
  async approve() {
    await this.page.getByRole("button", { name: "Approve", exact: true }).click()
    await this.page.getByRole("alertdialog").getByRole("button", { name: "Approve", exact: true }).click()
  }

  history(): Locator {
    return this.page.getByTestId("moderation-event")
  }

  /** The product review queue. */
  async openProductReviews() {
    await this.page.goto(`${this.backendUrl}/app/product-reviews`)
  }

  reviewRow(productId: string): Locator {
    return this.page.locator(`[data-testid="review-row"][data-product-id="${productId}"]`)
  }

  async preview(productId: string) {
    await this.reviewRow(productId).getByRole("button", { name: "Preview" }).click()
  }

  previewPanel(): Locator {
    return this.page.getByTestId("product-preview")
  }

  async publishPreviewed() {
    await this.page.getByRole("dialog").getByRole("button", { name: "Publish", exact: true }).click()
  }

  /** The market editions list. */
  async openEditions() {
    await this.page.goto(`${this.backendUrl}/app/editions`)
  }

  async startNewEdition() {
    await this.page.getByTestId("edition-create").click()
    await this.page.waitForURL(/\/app\/editions\/create$/)
  }

  editionForm(): Locator {
    return this.page.getByTestId("edition-form")
  }

  /** Fills the three inputs of a text in Arabic, French and English (`<id>-ar`, `-fr`, `-en`). */
  async fillLocalized(id: string, text: EditionText) {
    for (const locale of ["ar", "fr", "en"] as const) {
      await this.page.locator(`#${id}-${locale}`).fill(text[locale])
    }
  }

  /** Picks an option of one of the form's selects (@medusajs/ui, Radix) by its visible name. */
  async pickOption(trigger: Locator, name: string) {
    await trigger.click()
    await this.page.getByRole("option", { name, exact: true }).click()
  }

  /** Fills the edition form's details, stands and program (the form starts empty on creation). */
  async fillEdition(edition: EditionDraft) {
    await this.fillLocalized("edition-name", edition.name)
    await this.fillLocalized("edition-venue", edition.venue)
    await this.page.locator("#edition-handle").fill(edition.handle)
    await this.pickOption(this.page.getByTestId("edition-province"), edition.provinceName)
    await this.page.locator("#edition-starts-on").fill(edition.startsOn)
    await this.page.locator("#edition-ends-on").fill(edition.endsOn)
    for (const [index, stand] of edition.stands.entries()) {
      await this.page.getByRole("button", { name: "Add a stand" }).click()
      await this.pickOption(this.page.locator(`#participant-${index}-cooperative`), stand.cooperativeName)
      await this.page.locator(`#participant-${index}-stand`).fill(stand.standNumber)
    }
    for (const [index, item] of edition.program.entries()) {
      await this.page.getByRole("button", { name: "Add to the program" }).click()
      await this.page.locator(`#program-${index}-day`).fill(item.day)
      await this.page.locator(`#program-${index}-starts-at`).fill(item.startsAt)
      await this.fillLocalized(`program-${index}-title`, item.title)
    }
  }

  async saveEdition() {
    await this.page.getByTestId("edition-save").click()
  }

  /** Waits for the edition's own page (after creation the Admin goes there). */
  async waitForEditionPage() {
    await this.page.waitForURL(/\/app\/editions\/(?!create$)[^/?#]+$/)
  }

  editionStatus(): Locator {
    return this.page.getByTestId("edition-status").first()
  }

  editionParticipants(): Locator {
    return this.page.getByTestId("edition-participant")
  }

  editionProgramItems(): Locator {
    return this.page.getByTestId("edition-program-item")
  }

  /** A stand's printable sheet link, in "Arabic" or "French". */
  standSheetLink(language: "Arabic" | "French"): Locator {
    return this.page.getByTestId("stand-sheet-link").filter({ hasText: `(${language})` })
  }

  /** Opens a stand sheet (a new tab on the storefront) and returns that tab. */
  async openStandSheet(language: "Arabic" | "French"): Promise<Page> {
    const [sheet] = await Promise.all([this.page.context().waitForEvent("page"), this.standSheetLink(language).click()])
    await sheet.waitForLoadState()
    return sheet
  }

  /** The sales reports. */
  async openSalesReport() {
    await this.page.goto(`${this.backendUrl}/app/reports`)
  }

  async groupSalesBy(grouping: "cooperative" | "category" | "edition" | "channel") {
    await this.page.getByTestId(`sales-group-${grouping}`).click()
  }

  salesRow(label: string): Locator {
    return this.page.getByTestId("sales-row").filter({ hasText: label })
  }

  /** A figure of a sales row, by its column (the first cell is the row's label). */
  salesCell(row: Locator, column: SalesColumn): Locator {
    return row.getByRole("cell").nth(SALES_COLUMNS.indexOf(column) + 1)
  }

  /** Cash on delivery: Amana's remittance statements and the cash cooperatives declared. */
  async openRemittances() {
    await this.page.goto(`${this.backendUrl}/app/remittances`)
  }

  /** Imports a statement file (CSV text) through the page's file input. */
  async importRemittance(filename: string, csv: string) {
    await this.page.getByTestId("remittance-file").setInputFiles({ name: filename, mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") })
    await this.page.getByTestId("remittance-submit").click()
  }

  remittanceReport(): Locator {
    return this.page.getByTestId("remittance-report")
  }

  /** A figure of the report: lines, captured, flagged, capturedAmount. */
  remittanceFigure(figure: "lines" | "captured" | "flagged" | "capturedAmount"): Locator {
    return this.remittanceReport().getByTestId(`remittance-${figure}`)
  }

  /** A line of the report by its tracking number (`data-outcome`: captured, amount_mismatch, …). */
  remittanceLine(trackingNumber: string): Locator {
    return this.remittanceReport().locator(`[data-testid="remittance-line"][data-tracking="${trackingNumber}"]`)
  }

  /** A cooperative's declaration of cash not confirmed yet, by order id. */
  cashClaim(orderId: string): Locator {
    return this.page.locator(`[data-testid="cash-claim"][data-order-id="${orderId}"]`)
  }

  /** Commission & payouts, with one cooperative's statement open. */
  async openPayoutsOf(cooperativeName: string) {
    await this.page.goto(`${this.backendUrl}/app/payouts`)
    await this.pickOption(this.page.getByTestId("payout-cooperative"), cooperativeName)
  }

  /** A figure of the open statement: balanceDue, payable, held, sales, commission, paidOut. */
  statementFigure(figure: string): Locator {
    return this.page.getByTestId(`statement-${figure}`)
  }

  async recordPayout(amount: string, reference: string) {
    await this.page.locator("#payout-amount").fill(amount)
    await this.page.locator("#payout-reference").fill(reference)
    await this.page.getByRole("button", { name: "Record payout" }).click()
  }

  /** The Admin's notifications (toasts). */
  toast(text: string | RegExp): Locator {
    return this.page.locator("[data-sonner-toast]").filter({ hasText: text })
  }
}

export type EditionText = { ar: string; fr: string; en: string }

export type EditionDraft = {
  handle: string
  name: EditionText
  venue: EditionText
  /** The province as the English Admin lists it. */
  provinceName: string
  startsOn: string
  endsOn: string
  /** Cooperatives by the name the Admin lists (the stored, Arabic one). */
  stands: Array<{ cooperativeName: string; standNumber: string }>
  program: Array<{ day: string; startsAt: string; title: EditionText }>
}

/** The sales table's figure columns, in order; the last three only when grouped by edition. */
const SALES_COLUMNS = ["orders", "units", "revenue", "cash_collected", "cancelled", "before", "during", "after"] as const
export type SalesColumn = (typeof SALES_COLUMNS)[number]
