import type { Locator, Page } from "@playwright/test"

/** A Moroccan delivery address as the forms take it: region and province by code. */
export type AddressInput = {
  first_name: string
  last_name: string
  phone: string
  region: string
  province: string
  city: string
  address_1: string
  address_2?: string
  postal_code?: string
}

/** Fills the shared address inputs (`AddressFields`) inside a form. No assertions. */
export async function fillAddress(form: Locator, address: AddressInput) {
  for (const name of ["first_name", "last_name", "phone", "city", "address_1", "address_2", "postal_code"] as const) {
    const value = address[name]
    if (value !== undefined) {
      await form.locator(`[name="${name}"]`).fill(value)
    }
  }
  await form.locator('select[name="region"]').selectOption(address.region)
  await form.locator('select[name="province"]').selectOption(address.province)
}

/** The product page's add-to-cart form and the header's cart link. No assertions. */
export class Purchase {
  constructor(readonly page: Page) {}

  async openProduct(locale: string, handle: string) {
    await this.page.goto(`/${locale}/products/${handle}`)
  }

  quantity(): Locator {
    return this.page.getByTestId("add-to-cart-quantity")
  }

  addButton(): Locator {
    return this.page.getByTestId("add-to-cart")
  }

  message(): Locator {
    return this.page.getByTestId("add-to-cart-message")
  }

  async addToCart(quantity = 1) {
    await this.quantity().fill(String(quantity))
    await this.addButton().click()
  }

  cartLink(): Locator {
    return this.page.getByTestId("cart-link")
  }

  cartCount(): Locator {
    return this.page.getByTestId("cart-count")
  }

  variantOption(label: string): Locator {
    return this.page.getByTestId("variant-option").filter({ hasText: label })
  }
}

/** `/[locale]/cart`. No assertions. */
export class CartPage {
  constructor(readonly page: Page) {}

  async open(locale: string) {
    await this.page.goto(`/${locale}/cart`)
  }

  groups(): Locator {
    return this.page.getByTestId("cart-cooperative-group")
  }

  group(cooperativeHandle: string): Locator {
    return this.page.locator(`[data-testid="cart-cooperative-group"][data-cooperative="${cooperativeHandle}"]`)
  }

  lines(): Locator {
    return this.page.getByTestId("cart-line")
  }

  async setQuantity(line: Locator, quantity: number) {
    await line.getByTestId("cart-line-quantity").fill(String(quantity))
    await line.getByTestId("cart-line-update").click()
  }

  lineMessage(line: Locator): Locator {
    return line.getByTestId("cart-line-message")
  }

  async remove(line: Locator) {
    await line.getByTestId("cart-line-remove").click()
  }

  empty(): Locator {
    return this.page.getByTestId("cart-empty")
  }

  async checkout() {
    await this.page.getByTestId("go-to-checkout").click()
  }
}

/** `/[locale]/checkout`, its four steps. No assertions. */
export class CheckoutPage {
  constructor(readonly page: Page) {}

  step(id: "address" | "shipping" | "payment" | "review"): Locator {
    return this.page.getByTestId(`checkout-step-${id}`)
  }

  registerLink(): Locator {
    return this.page.getByTestId("checkout-register")
  }

  addressForm(): Locator {
    return this.page.getByTestId("checkout-address-form")
  }

  input(name: string): Locator {
    return this.addressForm().locator(`[name="${name}"]`)
  }

  /** The error shown next to an input of the address form. */
  fieldError(name: string): Locator {
    return this.addressForm().locator(".field").filter({ has: this.page.locator(`[name="${name}"]`) }).getByTestId("field-error")
  }

  async fillContact(email: string, address: AddressInput) {
    await this.input("email").fill(email)
    await fillAddress(this.addressForm(), address)
  }

  async submitAddress() {
    await this.page.getByTestId("checkout-address-submit").click()
  }

  shippingGroup(cooperativeHandle: string): Locator {
    return this.page.getByTestId(`checkout-shipping-${cooperativeHandle}`)
  }

  shippingGroups(): Locator {
    return this.page.locator('[data-testid^="checkout-shipping-"]').filter({ has: this.page.getByTestId("shipping-option") })
  }

  async chooseShipping(cooperativeHandle: string, index = 0) {
    await this.shippingGroup(cooperativeHandle).getByTestId("shipping-option").nth(index).locator('input[type="radio"]').check()
  }

  async submitShipping() {
    await this.page.getByTestId("checkout-shipping-submit").click()
  }

  cashOnDelivery(): Locator {
    return this.page.getByTestId("payment-cod").locator('input[type="radio"]')
  }

  card(): Locator {
    return this.page.getByTestId("payment-card").locator('input[type="radio"]')
  }

  async submitPayment() {
    await this.page.getByTestId("checkout-payment-submit").click()
  }

  reviewParcels(): Locator {
    return this.page.getByTestId("review-parcel")
  }

  reviewTotal(): Locator {
    return this.page.getByTestId("review-total")
  }

  /** The box accepting the terms of sale, in the form that places the order. */
  termsCheckbox(): Locator {
    return this.page.getByTestId("place-order-form").getByTestId("accept-terms")
  }

  /** Accepts the terms of sale (a form that failed may have been reset) and places the order. */
  async placeOrder() {
    await this.termsCheckbox().check()
    await this.page.getByTestId("place-order").click()
  }

  /** Presses "place order" as it stands, the terms accepted or not. */
  async pressPlaceOrder() {
    await this.page.getByTestId("place-order").click()
  }

  placeOrderMessage(): Locator {
    return this.page.getByTestId("place-order-message")
  }
}

/** An order group as the confirmation, lookup and account pages show it. No assertions. */
export class OrderGroupView {
  constructor(readonly page: Page) {}

  reference(): Locator {
    return this.page.getByTestId("order-reference")
  }

  parcels(): Locator {
    return this.page.getByTestId("parcel")
  }

  parcel(cooperativeHandle: string): Locator {
    return this.page.locator(`[data-testid="parcel"][data-cooperative="${cooperativeHandle}"]`)
  }

  amountToCollect(): Locator {
    return this.page.getByTestId("amount-to-collect")
  }

  confirmation(): Locator {
    return this.page.getByTestId("order-confirmation")
  }

  unavailable(): Locator {
    return this.page.getByTestId("order-unavailable")
  }
}

/** `/[locale]/order/lookup`. No assertions. */
export class OrderLookupPage {
  constructor(readonly page: Page) {}

  async open(locale: string) {
    await this.page.goto(`/${locale}/order/lookup`)
  }

  async lookUp(reference: string, email: string) {
    const form = this.page.getByTestId("order-lookup-form")
    await form.locator('[name="reference"]').fill(reference)
    await form.locator('[name="email"]').fill(email)
    await this.page.getByTestId("order-lookup-submit").click()
  }

  message(): Locator {
    return this.page.getByTestId("order-lookup-message")
  }
}
