"use server"

import type { HttpTypes } from "@medusajs/types"
import { FetchError } from "@medusajs/js-sdk"
import type { StoreCustomerCartResponse, StoreEraseCustomerResponse } from "@tadamon/shared/contracts/store"
import type { Locale } from "@tadamon/shared/i18n"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { attributeCartById } from "../attribution-cart"
import { clearCartId, clearSessionToken, getCartId, setCartId, setSessionToken } from "../cookies"
import {
  failure,
  fieldErrorsByInput,
  formLocale,
  formText,
  formValues,
  MIN_PASSWORD_LENGTH,
  safeNextPath,
  success,
  type FormState,
} from "../forms"
import {
  CUSTOMER_AUTH,
  credentialsOf,
  emailPassLogIn,
  isRateLimited,
  registerEmailPass,
  requestPasswordResetFor,
  resetPasswordFor,
} from "../password-auth"
import { mergeGuestFavourites } from "../favourites-merge"
import { localePath } from "../paths"
import { storeSend } from "../store-send"
import { requiredErrors } from "../util/address"

/**
 * After sign-in or registration (`POST /store/customers/me/cart`): the guest cart becomes the
 * customer's, with the lines of their previous open cart merged in, or their last open cart comes
 * back when there is no guest cart; the cookie keeps the cart the backend answers. Without the
 * route (404), Medusa's own transfer assigns the guest cart. Never fails the sign-in: at worst the
 * guest cart stays as it was. Returns the id of the visitor's cart afterwards, or null.
 */
async function mergeGuestCart(token: string, locale: Locale): Promise<string | null> {
  const cartId = await getCartId()
  const merged = await storeSend<StoreCustomerCartResponse>("/store/customers/me/cart", {
    body: cartId ? { cart_id: cartId } : {},
    locale,
    token,
  })
  if (merged.ok) {
    if (merged.data.cart) {
      await setCartId(merged.data.cart.id)
      return merged.data.cart.id
    } else if (cartId) {
      await clearCartId()
    }
    return null
  }
  if (merged.status === 404 && cartId) {
    await storeSend(`/store/carts/${encodeURIComponent(cartId)}/customer`, { query: { fields: "id" }, locale, token })
  }
  return cartId ?? null
}

async function startSession(token: string, locale: Locale, next: string): Promise<never> {
  await setSessionToken(token)
  const cartId = await mergeGuestCart(token, locale)
  await mergeGuestFavourites(token, locale)
  if (cartId) {
    // The cart sign-in leaves (the customer's earlier cart, maybe) still carries the market visit.
    await attributeCartById(cartId, locale, token)
  }
  redirect(safeNextPath(next, locale, localePath(locale, "/account")))
}

export async function signIn(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const credentials = await credentialsOf(CUSTOMER_AUTH, formData)
  if (!credentials.ok) {
    return credentials.state
  }
  const t = await getTranslations({ locale, namespace: "auth" })
  const values = { email: credentials.email }
  let token: string | null
  try {
    token = await emailPassLogIn(CUSTOMER_AUTH, credentials.email, credentials.password)
  } catch (error) {
    return failure(isRateLimited(error) ? t("tooManyAttempts") : t("error"), { values })
  }
  if (!token) {
    return failure(t("wrongCredentials"), { values })
  }
  return startSession(token, locale, formText(formData, "next"))
}

export async function signUp(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const t = await getTranslations({ locale, namespace: "auth" })
  const values = formValues(formData, ["first_name", "last_name", "email"])
  values.email = values.email.toLowerCase()
  const password = formData.get("password")

  const fieldErrors = requiredErrors(values, ["first_name", "last_name", "email"], locale)
  if (typeof password !== "string" || password.length < MIN_PASSWORD_LENGTH) {
    fieldErrors.password = t("passwordTooShort", { min: MIN_PASSWORD_LENGTH })
  }
  if (Object.keys(fieldErrors).length > 0 || typeof password !== "string") {
    return failure(t("fixErrors"), { values, fieldErrors })
  }

  // Medusa's sign-up: an auth identity (registration token), then the customer, then a real session.
  let registration: string
  try {
    registration = await registerEmailPass(CUSTOMER_AUTH, values.email, password)
  } catch (error) {
    if (error instanceof FetchError && /exist/i.test(error.message)) {
      return failure(t("emailTaken"), { values, fieldErrors: { email: t("emailTaken") } })
    }
    return failure(isRateLimited(error) ? t("tooManyAttempts") : t("error"), { values })
  }
  const created = await storeSend<HttpTypes.StoreCustomerResponse>("/store/customers", {
    body: {
      email: values.email,
      first_name: values.first_name,
      last_name: values.last_name,
      // The choice about news emails, unticked unless the customer ticked it (the backend dates it).
      metadata: { marketing_consent: { granted: formText(formData, "marketing_consent") === "on" } },
    },
    query: { fields: "id" },
    locale,
    token: registration,
  })
  if (!created.ok) {
    if (created.errors.length > 0) {
      return failure(t("fixErrors"), {
        values,
        fieldErrors: fieldErrorsByInput(created.errors),
      })
    }
    return failure(t("error"), { values })
  }
  const token = await emailPassLogIn(CUSTOMER_AUTH, values.email, password).catch(() => null)
  if (!token) {
    return failure(t("error"), { values })
  }
  return startSession(token, locale, formText(formData, "next"))
}

/**
 * Signing out forgets the session and the cart (it now belongs to the customer and comes back
 * with the next sign-in), so the next person at this browser starts clean.
 */
export async function signOut(formData: FormData): Promise<void> {
  const locale = formLocale(formData)
  await clearSessionToken()
  await clearCartId()
  redirect(localePath(locale))
}

/** Emails a reset link; the same answer whether or not the address has an account. */
export async function requestPasswordReset(_previous: FormState, formData: FormData): Promise<FormState> {
  return requestPasswordResetFor(CUSTOMER_AUTH, formData)
}

/** Sets the new password with the emailed token, then asks the customer to sign in. */
export async function resetPassword(_previous: FormState, formData: FormData): Promise<FormState> {
  return resetPasswordFor(CUSTOMER_AUTH, formData)
}

/**
 * Erases the signed-in customer's account (law 09-08), confirmed with the password and a ticked
 * box. The backend keeps the orders without the person and refuses while one is on its way; the
 * session and the cart go with the account.
 */
export async function deleteAccount(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const t = await getTranslations({ locale, namespace: "privacyRights" })
  if (formText(formData, "confirm") !== "on") {
    return failure(t("confirmRequired"))
  }
  const password = formData.get("password")
  const result = await storeSend<StoreEraseCustomerResponse>("/store/customers/me/erasure", {
    body: { password: typeof password === "string" ? password : "" },
    locale,
  })
  if (!result.ok) {
    if (result.status === 401) {
      redirect(`${localePath(locale, "/account/login")}?next=${encodeURIComponent(localePath(locale, "/account/delete"))}`)
    }
    if (result.errors.length > 0) {
      return failure(result.message, { fieldErrors: fieldErrorsByInput(result.errors) })
    }
    return failure(result.message || t("deleteError"))
  }
  await clearSessionToken()
  await clearCartId()
  redirect(localePath(locale, "/account/deleted"))
}

/** The account's "news from the cooperatives" choice, given or withdrawn at any time. */
export async function saveMarketingConsent(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const t = await getTranslations({ locale, namespace: "privacyRights" })
  const result = await storeSend<HttpTypes.StoreCustomerResponse>("/store/customers/me", {
    body: { metadata: { marketing_consent: { granted: formText(formData, "marketing_consent") === "on" } } },
    query: { fields: "id" },
    locale,
  })
  if (!result.ok) {
    return failure(result.message || t("consentError"))
  }
  revalidatePath(localePath(locale, "/account"))
  return success(t("consentSaved"))
}
