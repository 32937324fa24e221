"use server"

import {
  UPLOAD_MAX_BYTES,
  vendorValidationMessage,
  type VendorCreateProductRequest,
  type VendorDeleteResponse,
  type VendorProductResponse,
  type VendorProductStatusRequest,
  type VendorStockRequest,
  type VendorVariantInput,
} from "@tadamon/shared/contracts/vendor"
import type { Locale } from "@tadamon/shared/i18n"
import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { LIST_SEPARATOR, MAX_VARIANT_ROWS, PRODUCT_TEXT_TABS, VARIANT_INPUTS, variantInput } from "@/modules/vendor/lib/product-form"
import { uploadFiles, vendorSend } from "../data/vendor-fetch"
import { failure, formLocale, formText, formValues, success, type FormState } from "../forms"
import { localePath, queryString } from "../paths"
import { vendorFailure } from "./vendor-results"

/** "120", "120.5", "120,50" (a French keyboard's comma) → 120.5; anything else → null. */
function parsePrice(text: string): number | null {
  const normalized = text.replace(/\s/g, "").replace(",", ".")
  return /^\d{1,7}(\.\d{1,2})?$/.test(normalized) ? Number(normalized) : null
}

function parseStock(text: string): number | null {
  return /^\d{1,6}$/.test(text) ? Number.parseInt(text, 10) : null
}

function chosenFiles(formData: FormData, name: string): File[] {
  return formData.getAll(name).filter((value): value is File => value instanceof File && value.size > 0)
}

function strings(formData: FormData, name: string): string[] {
  return formData
    .getAll(name)
    .filter((value): value is string => typeof value === "string")
    .map((value) => value.trim())
    .filter(Boolean)
}

type VariantRows = { variants: VendorVariantInput[]; rows: number[]; errors: Record<string, string>; values: Record<string, string> }

/**
 * The variant rows the member filled (blank rows are skipped), and the form row each sent variant
 * came from: the backend names errors by the index in the request (`variants.1.price`).
 */
function readVariants(formData: FormData, locale: Locale): VariantRows {
  const result: VariantRows = { variants: [], rows: [], errors: {}, values: {} }
  for (let row = 0; row < MAX_VARIANT_ROWS; row += 1) {
    const read = (input: (typeof VARIANT_INPUTS)[number]) => formText(formData, variantInput(row, input))
    for (const input of VARIANT_INPUTS) {
      if (formData.has(variantInput(row, input))) {
        result.values[variantInput(row, input)] = read(input)
      }
    }
    const id = read("id")
    const optionValue = read("option_value")
    const priceText = read("price")
    const stockText = read("stock")
    if (!id && !optionValue && !priceText && !stockText) {
      continue
    }
    const price = parsePrice(priceText)
    const stock = stockText ? parseStock(stockText) : 0
    if (!optionValue) {
      result.errors[variantInput(row, "option_value")] = vendorValidationMessage("required", "option_value", locale)
    }
    if (price === null) {
      result.errors[variantInput(row, "price")] = vendorValidationMessage(priceText ? "invalid_value" : "required", "price", locale)
    }
    if (stock === null) {
      result.errors[variantInput(row, "stock")] = vendorValidationMessage("invalid_value", "stock", locale)
    }
    const variant: VendorVariantInput = { option_value: optionValue, price: price ?? 0 }
    if (id) {
      variant.id = id
      // An existing variant's stock is sent only when the member changed it: orders move it meanwhile.
      if (stockText !== read("stock_was") && stock !== null) {
        variant.stock = stock
      }
    } else {
      variant.stock = stock ?? 0
    }
    result.variants.push(variant)
    result.rows.push(row)
  }
  return result
}

/**
 * Creates or updates a product. New photos go up first; the photos kept, the new ones, the
 * texts in three languages, the category, the option with its variants (price in MAD, stock) and
 * the labels then go in one request. A new product waits for the organizers' review ("proposed")
 * unless saved as a draft; a material change of a published product sends it back to review.
 */
export async function saveProduct(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const t = await getTranslations({ locale, namespace: "vendorProducts" })
  const productId = formText(formData, "product_id")
  const textInputs = PRODUCT_TEXT_TABS.flatMap((tab) => [tab.title, tab.description])
  const keptImages = strings(formData, "images.keep")
  const labelIds = strings(formData, "label_document_ids")
  const variantRows = readVariants(formData, locale)
  const values: Record<string, string> = {
    ...formValues(formData, [...textInputs, "category_id", "option_title"]),
    ...variantRows.values,
    "images.keep": keptImages.join(LIST_SEPARATOR),
    label_document_ids: labelIds.join(LIST_SEPARATOR),
  }

  const fieldErrors: Record<string, string> = { ...variantRows.errors }
  if (!values.title) {
    fieldErrors.title = vendorValidationMessage("required", "title", locale)
  }
  if (!values.option_title) {
    fieldErrors.option_title = vendorValidationMessage("required", "option_title", locale)
  }
  if (variantRows.variants.length === 0) {
    fieldErrors[variantInput(0, "option_value")] = vendorValidationMessage("required", "option_value", locale)
  }
  const newImages = chosenFiles(formData, "images.new")
  if (newImages.some((file) => file.size > UPLOAD_MAX_BYTES)) {
    fieldErrors["images.new"] = vendorValidationMessage("file_too_large", "images", locale)
  }
  if (Object.keys(fieldErrors).length > 0) {
    return failure(t("fixErrors"), { values, fieldErrors })
  }

  const images = [...keptImages]
  if (newImages.length > 0) {
    const uploaded = await uploadFiles(newImages, { kind: "photo", locale })
    if (!uploaded.ok) {
      return vendorFailure(uploaded, locale, { values, rename: () => "images.new" })
    }
    images.push(...uploaded.data.files.flatMap((file) => (file.url ? [file.url] : [])))
    // Should the product be refused below, the photos are already up: they come back as kept ones.
    values["images.keep"] = images.join(LIST_SEPARATOR)
  }

  const translation = (tab: (typeof PRODUCT_TEXT_TABS)[number]) => ({
    title: values[tab.title] || null,
    description: values[tab.description] || null,
  })
  const [, french, english] = PRODUCT_TEXT_TABS
  const body: Omit<VendorCreateProductRequest, "status"> = {
    title: values.title,
    description: values.description || null,
    translations: { fr: translation(french), en: translation(english) },
    category_ids: values.category_id ? [values.category_id] : [],
    option_title: values.option_title,
    variants: variantRows.variants,
    images,
    label_document_ids: labelIds,
  }
  const saved = productId
    ? await vendorSend<VendorProductResponse>(`/vendor/products/${encodeURIComponent(productId)}`, { body, locale })
    : await vendorSend<VendorProductResponse>("/vendor/products", {
        body: { ...body, status: formText(formData, "intent") === "draft" ? "draft" : "proposed" } satisfies VendorCreateProductRequest,
        locale,
      })
  if (!saved.ok) {
    return vendorFailure(saved, locale, {
      values,
      rename: (field) => {
        const [head, index, input] = field.split(".")
        if (head === "variants" && input) {
          return variantInput(variantRows.rows[Number(index)] ?? 0, input as (typeof VARIANT_INPUTS)[number])
        }
        if (head === "variants") {
          return variantInput(0, "option_value")
        }
        if (head === "images") {
          return "images.new"
        }
        if (head === "category_ids") {
          return "category_id"
        }
        if (head === "label_document_ids") {
          return "label_document_ids"
        }
        return field
      },
    })
  }
  redirect(`${localePath(locale, "/coop/products")}${queryString({ saved: saved.data.product.id })}`)
}

/** The stock of one variant, from the products list (units on hand at the cooperative). */
export async function updateStock(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const t = await getTranslations({ locale, namespace: "vendorProducts" })
  const productId = formText(formData, "product_id")
  const variantId = formText(formData, "variant_id")
  const text = formText(formData, "quantity")
  const quantity = parseStock(text)
  if (quantity === null) {
    return failure(undefined, {
      values: { quantity: text },
      fieldErrors: { quantity: vendorValidationMessage(text ? "invalid_value" : "required", "quantity", locale) },
    })
  }
  const body: VendorStockRequest = { quantity }
  const saved = await vendorSend<VendorProductResponse>(
    `/vendor/products/${encodeURIComponent(productId)}/variants/${encodeURIComponent(variantId)}/stock`,
    { body, locale }
  )
  if (!saved.ok) {
    return vendorFailure(saved, locale, { values: { quantity: text } })
  }
  refresh()
  return success(t("stockSaved"), { values: { quantity: String(quantity) } })
}

/** Unpublishes (back to draft) or submits for review. */
export async function setProductStatus(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const t = await getTranslations({ locale, namespace: "vendorProducts" })
  const status = formText(formData, "status") === "draft" ? "draft" : "proposed"
  const body: VendorProductStatusRequest = { status }
  const saved = await vendorSend<VendorProductResponse>(`/vendor/products/${encodeURIComponent(formText(formData, "product_id"))}/status`, {
    body,
    locale,
  })
  if (!saved.ok) {
    return vendorFailure(saved, locale)
  }
  refresh()
  return success(status === "draft" ? t("unpublished") : t("submitted"))
}

/** Archives a product: it leaves the store and the list (orders keep their lines). */
export async function archiveProduct(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const t = await getTranslations({ locale, namespace: "vendorProducts" })
  const archived = await vendorSend<VendorDeleteResponse>(`/vendor/products/${encodeURIComponent(formText(formData, "product_id"))}`, {
    method: "DELETE",
    locale,
  })
  if (!archived.ok) {
    return vendorFailure(archived, locale)
  }
  refresh()
  return success(t("archived"))
}
