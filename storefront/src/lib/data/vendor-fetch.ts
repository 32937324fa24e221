import "server-only"
import type { UploadKind, VendorUploadResponse } from "@tadamon/shared/contracts/vendor"
import { LOCALE_TAGS, type Locale } from "@tadamon/shared/i18n"
import { getMemberToken } from "../cookies"
import { sdk } from "../sdk"
import { backendRequestUrl, backendSend, type SendOptions, type StoreResult } from "../store-send"
import { nullOnStatus, nullWhenSignedOut } from "./store-fetch"

/**
 * The cooperative API (`/vendor/*`) for the signed-in member. The member's token comes from its own
 * httpOnly cookie (`tadamon_member`), never the customer's session: the two are never mixed up.
 * Every call is per visitor and uncached.
 */

type Query = Record<string, string | number | string[] | undefined>

/**
 * Headers of a member's request: the interface language (the backend answers field errors in it)
 * and the member's token, read from the cookie unless given (`null`: send none).
 */
async function memberHeaders(locale?: Locale, token?: string | null): Promise<Record<string, string>> {
  const headers: Record<string, string> = {}
  if (locale) {
    headers["x-medusa-locale"] = LOCALE_TAGS[locale]
  }
  const session = token === undefined ? await getMemberToken() : token
  if (session) {
    headers.authorization = `Bearer ${session}`
  }
  return headers
}

/**
 * A GET on the cooperative API for the signed-in member; throws the SDK's `FetchError` on failure.
 * The language goes in `x-medusa-locale` only: some `/vendor` routes refuse a `?locale=` they do
 * not list among their query fields.
 */
export async function vendorGet<T>(path: string, { locale, query, token }: { locale?: Locale; query?: Query; token?: string | null } = {}): Promise<T> {
  return sdk().client.fetch<T>(path, {
    method: "GET",
    query,
    headers: await memberHeaders(locale, token),
    cache: "no-store",
  })
}

/** Resolves to null when the cooperative API answers 404 (unknown id, or another cooperative's). */
export function nullWhenMissing<T>(request: Promise<T>): Promise<T | null> {
  return nullOnStatus(request, 404)
}

/** Resolves to null when the member is not (or no longer) signed in: 401. */
export const nullWhenNoMember = nullWhenSignedOut

/**
 * A cooperative API mutation that keeps the whole error answer (`errors[]` by field, Medusa's
 * `type`), like `storeSend` for the Store API, with multipart bodies for uploads.
 */
export async function vendorSend<T>(path: string, { method = "POST", body, query, locale, token }: SendOptions = {}): Promise<StoreResult<T>> {
  return backendSend<T>(path, { method, body, query, headers: await memberHeaders(locale, token) })
}

/**
 * A file the cooperative API serves to the signed-in member (the earnings CSV, a document), as the
 * backend's own response, for a route handler to pass on. `redirect: "manual"` keeps a redirect
 * (a document's signed URL on S3 storage) for the browser to follow.
 */
export async function vendorDownload(
  path: string,
  query: Record<string, string> = {},
  { redirect = "follow" }: { redirect?: RequestRedirect } = {}
): Promise<Response> {
  return fetch(backendRequestUrl(path, query), { headers: await memberHeaders(), cache: "no-store", redirect })
}

/**
 * Uploads files (`POST /vendor/uploads`, fields `kind` and `files`), in order: photos (public, their
 * URLs go into product images) or documents (private, their ids go into documents' `file_url`).
 * An applicant sends the token of its new identity.
 */
export async function uploadFiles(files: File[], { kind, locale, token }: { kind: UploadKind; locale?: Locale; token?: string | null }) {
  const body = new FormData()
  body.append("kind", kind)
  for (const file of files) {
    body.append("files", file, file.name)
  }
  return vendorSend<VendorUploadResponse>("/vendor/uploads", { body, locale, token })
}
