import "server-only"
import type { VendorCooperativeResponse, VendorMeResponse } from "@tadamon/shared/contracts/vendor"
import type { Locale } from "@tadamon/shared/i18n"
import { redirect } from "next/navigation"
import { cache } from "react"
import { getMemberToken } from "../cookies"
import { localePath, queryString } from "../paths"
import { nullWhenNoMember, vendorGet } from "./vendor-fetch"

/** The signed-in member and their cooperative (once per request), or null. */
export const retrieveMember = cache(async (locale: Locale): Promise<VendorMeResponse | null> => {
  if (!(await getMemberToken())) {
    return null
  }
  return nullWhenNoMember(vendorGet<VendorMeResponse>("/vendor/me", { locale }))
})

/** The signed-in member; anyone else goes to the portal's sign-in page, then back to `path`. */
export async function requireMember(locale: Locale, path: string): Promise<VendorMeResponse> {
  const me = await retrieveMember(locale)
  if (!me) {
    redirect(`${localePath(locale, "/coop/sign-in")}${queryString({ next: localePath(locale, path) })}`)
  }
  return me
}

/** The signed-in owner; members who are not the owner go to the dashboard. */
export async function requireOwner(locale: Locale, path: string): Promise<VendorMeResponse> {
  const me = await requireMember(locale, path)
  if (me.member.role !== "owner") {
    redirect(localePath(locale, "/coop/dashboard"))
  }
  return me
}

/** The signed-in member's cooperative as the portal edits it (contact details among its fields). */
export async function getVendorCooperative(locale: Locale): Promise<VendorCooperativeResponse["cooperative"]> {
  const { cooperative } = await vendorGet<VendorCooperativeResponse>("/vendor/cooperative", { locale })
  return cooperative
}
