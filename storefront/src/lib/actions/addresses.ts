"use server"

import type { HttpTypes } from "@medusajs/types"
import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { retrieveCustomer } from "../data/customer"
import { failure, fieldErrorsByInput, formLocale, formText, formValues, success, type FormState } from "../forms"
import { localePath } from "../paths"
import { storeSend } from "../store-send"
import { ADDRESS_INPUTS, addressPayload, REQUIRED_ADDRESS_INPUTS, requiredErrors } from "../util/address"

/** Address book: adds an address, or changes the one named by `address_id`. */
export async function saveCustomerAddress(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const t = await getTranslations({ locale, namespace: "account" })
  const values = formValues(formData, ADDRESS_INPUTS)
  const customer = await retrieveCustomer()
  if (!customer) {
    return failure(t("signedOut"))
  }
  const missing = requiredErrors(values, REQUIRED_ADDRESS_INPUTS, locale)
  if (Object.keys(missing).length > 0) {
    return failure(t("fixErrors"), { values, fieldErrors: missing })
  }
  const id = formText(formData, "address_id")
  if (id && !customer.addresses?.some((address) => address.id === id)) {
    return failure(t("addressGone"))
  }
  const path = id ? `/store/customers/me/addresses/${encodeURIComponent(id)}` : "/store/customers/me/addresses"
  const result = await storeSend<HttpTypes.StoreCustomerResponse>(path, {
    body: addressPayload((name) => values[name] ?? ""),
    query: { fields: "id" },
    locale,
  })
  if (!result.ok) {
    if (result.errors.length > 0) {
      return failure(t("fixErrors"), { values, fieldErrors: fieldErrorsByInput(result.errors) })
    }
    return failure(t("saveError"), { values })
  }
  redirect(localePath(locale, "/account/addresses"))
}

export async function deleteCustomerAddress(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const t = await getTranslations({ locale, namespace: "account" })
  const id = formText(formData, "address_id")
  const customer = await retrieveCustomer()
  if (!customer || !customer.addresses?.some((address) => address.id === id)) {
    return failure(t("addressGone"))
  }
  const result = await storeSend(`/store/customers/me/addresses/${encodeURIComponent(id)}`, { method: "DELETE", locale })
  if (!result.ok) {
    return failure(t("saveError"))
  }
  refresh()
  return success(t("addressDeleted"))
}
