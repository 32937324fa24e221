import type { Download, Locator, Page } from "@playwright/test"
import { fillAddress, type AddressInput } from "./checkout"

export type NewCustomer = { first_name: string; last_name: string; email: string; password: string }

/** A customer nobody else uses: journeys run in parallel against one database. */
export function uniqueCustomer(first_name: string, last_name: string): NewCustomer {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`
  return { first_name, last_name, email: `journey-${id}@tadamon.test`, password: `journey-${id}-password` }
}

/** Sign-in, registration, password reset and the account pages. No assertions. */
export class AccountPages {
  constructor(readonly page: Page) {}

  accountLink(): Locator {
    return this.page.getByTestId("account-link")
  }

  async register(customer: NewCustomer) {
    const form = this.page.getByTestId("register-form")
    await form.locator('[name="first_name"]').fill(customer.first_name)
    await form.locator('[name="last_name"]').fill(customer.last_name)
    await form.locator('[name="email"]').fill(customer.email)
    await form.locator('[name="password"]').fill(customer.password)
    await this.page.getByTestId("register-submit").click()
  }

  async signIn(email: string, password: string) {
    const form = this.page.getByTestId("sign-in-form")
    await form.locator('[name="email"]').fill(email)
    await form.locator('[name="password"]').fill(password)
    await this.page.getByTestId("sign-in-submit").click()
  }

  signInMessage(): Locator {
    return this.page.getByTestId("sign-in-message")
  }

  registerLink(): Locator {
    return this.page.getByTestId("register-link")
  }

  forgotPasswordLink(): Locator {
    return this.page.getByTestId("forgot-password-link")
  }

  async requestPasswordReset(email: string) {
    await this.page.getByTestId("forgot-password-form").locator('[name="email"]').fill(email)
    await this.page.getByTestId("forgot-password-submit").click()
  }

  forgotPasswordMessage(): Locator {
    return this.page.getByTestId("forgot-password-message")
  }

  greeting(): Locator {
    return this.page.getByTestId("account-greeting")
  }

  async signOut() {
    await this.page.getByTestId("sign-out").click()
  }

  /** "Download my data": the file the browser saves. */
  async downloadPersonalData(): Promise<Download> {
    const download = this.page.waitForEvent("download")
    await this.page.getByTestId("download-personal-data").click()
    return download
  }

  /** From the overview to the deletion page, then the password, the box, and the button. */
  async deleteAccount(password: string, { confirm = true } = {}) {
    const form = this.page.getByTestId("delete-account-form")
    await form.locator('[name="password"]').fill(password)
    if (confirm) {
      await form.getByTestId("delete-account-confirm").check()
    }
    await form.getByTestId("delete-account-submit").click()
  }

  deleteAccountMessage(): Locator {
    return this.page.getByTestId("delete-account-message")
  }

  navLink(section: "overview" | "orders" | "addresses" | "favourites"): Locator {
    return this.page.getByTestId(`account-nav-${section}`)
  }

  orderGroups(): Locator {
    return this.page.getByTestId("order-group")
  }

  orderGroup(reference: string): Locator {
    return this.page.locator(`[data-testid="order-group"][data-reference="${reference}"]`)
  }

  addressForm(): Locator {
    return this.page.getByTestId("address-form")
  }

  async addAddress(address: AddressInput) {
    await fillAddress(this.addressForm(), address)
    await this.page.getByTestId("address-submit").click()
  }

  addressFieldError(name: string): Locator {
    return this.addressForm().locator(".field").filter({ has: this.page.locator(`[name="${name}"]`) }).getByTestId("field-error")
  }

  addressCards(): Locator {
    return this.page.getByTestId("address-card")
  }
}
