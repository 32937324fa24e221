import { readFile } from "node:fs/promises"
import { expect, test } from "@playwright/test"
import type { StoreCustomerDataExport } from "@tadamon/shared"
import { AccountPages, uniqueCustomer } from "./pages/account"

test("in French, a customer keeps an address book, signs out and back in, asks for a password reset, downloads their data and deletes their account", async ({ page }) => {
  const account = new AccountPages(page)
  const customer = uniqueCustomer("Salma", "Ouazzani")

  await page.goto(`/fr/account/register`)
  await account.register(customer)
  await expect(page).toHaveURL(/\/fr\/account$/)

  // The backend's field errors, in French, next to the field; then a valid address is kept.
  await account.navLink("addresses").click()
  const address = {
    first_name: "Salma",
    last_name: "Ouazzani",
    phone: "0612",
    region: "03",
    province: "taounate",
    city: "Tissa",
    address_1: "Rue 3, Hay Al Amal",
  }
  await account.addAddress(address)
  await expect(account.addressFieldError("phone")).toContainText("Téléphone")
  await expect(account.addressCards()).toHaveCount(0)
  await account.addressForm().locator('[name="phone"]').fill("0655443322")
  await page.getByTestId("address-submit").click()
  await expect(account.addressCards()).toHaveCount(1)
  await expect(account.addressCards().first()).toContainText("+212 6 55 44 33 22")

  // Signed out, the account asks for a sign-in, which refuses a wrong password.
  await account.signOut()
  await expect(page).toHaveURL(/\/fr$/)
  await page.goto("/fr/account/orders")
  await expect(page).toHaveURL(/\/fr\/account\/login\?next=/)
  await account.signIn(customer.email, "not-the-password")
  await expect(account.signInMessage()).toHaveAttribute("data-status", "error")
  await account.signIn(customer.email, customer.password)
  await expect(page).toHaveURL(/\/fr\/account\/orders$/)
  await expect(page.getByTestId("orders-empty")).toBeVisible()

  // A reset request answers the same whether or not the account exists.
  await account.signOut()
  await expect(page).toHaveURL(/\/fr$/)
  await page.goto("/fr/account/login")
  await account.forgotPasswordLink().click()
  await account.requestPasswordReset(customer.email)
  await expect(account.forgotPasswordMessage()).toHaveAttribute("data-status", "success")

  // Law 09-08: a copy of everything held about them, as a file.
  await page.goto("/fr/account/login?next=%2Ffr%2Faccount")
  await account.signIn(customer.email, customer.password)
  await expect(page).toHaveURL(/\/fr\/account$/)
  await expect(page.getByTestId("personal-data")).toContainText("Mes données personnelles")
  const download = await account.downloadPersonalData()
  expect(download.suggestedFilename()).toMatch(/^tadamon-\d{4}-\d{2}-\d{2}\.json$/)
  const data = JSON.parse(await readFile(await download.path(), "utf8")) as StoreCustomerDataExport
  expect(data.customer).toMatchObject({ email: customer.email, first_name: "Salma", last_name: "Ouazzani" })
  expect(data.addresses).toEqual([expect.objectContaining({ city: "Tissa", phone: "+212655443322" })])
  expect(data.order_groups).toEqual([])
  // News emails were left unticked at sign-up: recorded as a no, until the customer says yes.
  expect(data.customer.marketing_consent).toMatchObject({ granted: false })
  await expect(page.getByTestId("marketing-consent")).not.toBeChecked()
  await page.getByTestId("marketing-consent").check()
  await page.getByTestId("marketing-consent-submit").click()
  await expect(page.getByTestId("marketing-consent-message")).toHaveText("Votre choix est enregistré.")
  await page.reload()
  await expect(page.getByTestId("marketing-consent")).toBeChecked()

  // Deleting the account asks for the password; then the account and its sign-in are gone.
  await page.getByTestId("delete-account-link").click()
  await expect(page).toHaveURL(/\/fr\/account\/delete$/)
  await account.deleteAccount("not-the-password")
  await expect(account.deleteAccountMessage()).toContainText("Le mot de passe est incorrect.")
  await account.deleteAccount(customer.password)
  await expect(page).toHaveURL(/\/fr\/account\/deleted$/)
  await expect(page.getByTestId("account-deleted")).toContainText("Votre compte a été supprimé")
  await page.goto("/fr/account/login")
  await account.signIn(customer.email, customer.password)
  await expect(account.signInMessage()).toHaveAttribute("data-status", "error")
})
