import { z } from "@medusajs/framework/zod"
import { PRICE_LIMITS, PRODUCT_TEXT_LIMITS as LIMITS, STOCK_LIMITS, VENDOR_PRODUCT_STATUSES } from "@tadamon/shared"

const price = z
  .number()
  .min(PRICE_LIMITS.min)
  .max(PRICE_LIMITS.max)
  .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, { params: { code: "invalid_value" } })
const stock = z.number().int().min(STOCK_LIMITS.min).max(STOCK_LIMITS.max)
const id = z.string().trim().min(1).max(100)

const variant = z.object({
  id: id.optional(),
  option_value: z.string().trim().min(1).max(LIMITS.option_value.max),
  title: z.string().trim().max(LIMITS.variant_title.max).optional(),
  price,
  stock: stock.optional(),
})

const translation = z.object({
  title: z.string().trim().max(LIMITS.title.max).nullish(),
  description: z.string().trim().max(LIMITS.description.max).nullish(),
})

const fields = {
  title: z.string().trim().min(LIMITS.title.min).max(LIMITS.title.max),
  description: z.string().trim().max(LIMITS.description.max).nullish(),
  translations: z.object({ fr: translation.optional(), en: translation.optional() }).optional(),
  category_ids: z.array(id).max(LIMITS.categories.max).optional(),
  option_title: z.string().trim().min(1).max(LIMITS.option_title.max),
  variants: z.array(variant).min(1).max(LIMITS.variants.max),
  images: z.array(z.string().trim().min(1).max(2000)).max(LIMITS.images.max).optional(),
  label_document_ids: z.array(id).max(LIMITS.labels.max).optional(),
}

export const VendorCreateProduct = z.object({
  ...fields,
  variants: z.array(variant.omit({ id: true })).min(1).max(LIMITS.variants.max),
  status: z.enum(["draft", "proposed"]).optional(),
})
export type VendorCreateProductType = z.infer<typeof VendorCreateProduct>

export const VendorUpdateProduct = z.object({
  title: fields.title.optional(),
  description: fields.description,
  translations: fields.translations,
  category_ids: fields.category_ids,
  option_title: fields.option_title.optional(),
  variants: fields.variants.optional(),
  images: fields.images,
  label_document_ids: fields.label_document_ids,
})
export type VendorUpdateProductType = z.infer<typeof VendorUpdateProduct>

export const VendorProductStatus = z.object({ status: z.enum(["draft", "proposed"]) })
export type VendorProductStatusType = z.infer<typeof VendorProductStatus>

export const VendorVariantStock = z.object({ quantity: stock })
export type VendorVariantStockType = z.infer<typeof VendorVariantStock>

const asList = (value: unknown) => (typeof value === "string" ? value.split(",").filter(Boolean) : value)
const asNumber = (value: unknown) => (value === undefined || value === "" ? undefined : Number(value))

export const VendorGetProducts = z.object({
  status: z.preprocess(asList, z.array(z.enum(VENDOR_PRODUCT_STATUSES)).optional()),
  q: z.string().trim().max(100).optional(),
  limit: z.preprocess(asNumber, z.number().int().min(1).max(100).optional()),
  offset: z.preprocess(asNumber, z.number().int().min(0).optional()),
})
export type VendorGetProductsType = z.infer<typeof VendorGetProducts>
