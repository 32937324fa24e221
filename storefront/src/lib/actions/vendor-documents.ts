"use server"

import {
  DOCUMENT_TYPES,
  UPLOAD_MAX_BYTES,
  vendorValidationMessage,
  type DocumentType,
  type VendorDeleteResponse,
  type VendorDocumentInput,
  type VendorDocumentResponse,
} from "@tadamon/shared/contracts/vendor"
import { refresh } from "next/cache"
import { getTranslations } from "next-intl/server"
import { uploadFiles, vendorSend } from "../data/vendor-fetch"
import { failure, formLocale, formText, formValues, success, type FormState } from "../forms"
import { vendorFailure } from "./vendor-results"

const DOCUMENT_INPUTS = ["type", "label_name", "number", "issuer", "valid_until"] as const

/** A new document (a renewed authorisation, a new label): the file goes up, then the document, for the organizers to verify. */
export async function addDocument(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const t = await getTranslations({ locale, namespace: "vendorDocuments" })
  const values = formValues(formData, [...DOCUMENT_INPUTS, "file_url", "file_name"])
  const fieldErrors: Record<string, string> = {}
  if (!(DOCUMENT_TYPES as readonly string[]).includes(values.type)) {
    fieldErrors.type = vendorValidationMessage("required", "type", locale)
  }
  const chosen = formData.get("file")
  const file = chosen instanceof File && chosen.size > 0 ? chosen : null
  if (!file && !values.file_url) {
    fieldErrors.file = vendorValidationMessage("required", "file_url", locale)
  } else if (file && file.size > UPLOAD_MAX_BYTES) {
    fieldErrors.file = vendorValidationMessage("file_too_large", "file_url", locale)
  }
  if (Object.keys(fieldErrors).length > 0) {
    return failure(t("fixErrors"), { values, fieldErrors })
  }
  if (file) {
    const uploaded = await uploadFiles([file], { kind: "document", locale })
    if (!uploaded.ok) {
      return vendorFailure(uploaded, locale, { values, rename: () => "file" })
    }
    values.file_url = uploaded.data.files[0]?.id ?? ""
    values.file_name = file.name
  }
  const body: VendorDocumentInput = {
    type: values.type as DocumentType,
    label_name: values.label_name || null,
    number: values.number || null,
    issuer: values.issuer || null,
    valid_until: values.valid_until || null,
    file_url: values.file_url,
  }
  const added = await vendorSend<VendorDocumentResponse>("/vendor/documents", { body, locale })
  if (!added.ok) {
    return vendorFailure(added, locale, { values, rename: (field) => (field === "file_url" ? "file" : field) })
  }
  refresh()
  return success(t("added"))
}

/** Withdraws a document the organizers have not verified (pending or refused). */
export async function deleteDocument(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const t = await getTranslations({ locale, namespace: "vendorDocuments" })
  const deleted = await vendorSend<VendorDeleteResponse>(`/vendor/documents/${encodeURIComponent(formText(formData, "document_id"))}`, {
    method: "DELETE",
    locale,
  })
  if (!deleted.ok) {
    return vendorFailure(deleted, locale, { conflict: t("verifiedKept") })
  }
  refresh()
  return success(t("deleted"))
}
