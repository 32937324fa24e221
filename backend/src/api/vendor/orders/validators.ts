import { z } from "@medusajs/framework/zod"
import { VENDOR_ORDER_FILTERS } from "@tadamon/shared"

const integer = (min: number, max?: number) =>
  z.preprocess(
    (value) => (value === undefined || value === "" ? undefined : Number(value)),
    max === undefined ? z.number().int().min(min).optional() : z.number().int().min(min).max(max).optional()
  )

export const VendorGetOrdersParams = z
  .object({
    status: z.enum(VENDOR_ORDER_FILTERS).optional(),
    q: z.string().trim().max(100).optional(),
    limit: integer(1, 100),
    offset: integer(0),
  })
export type VendorGetOrdersParamsType = z.infer<typeof VendorGetOrdersParams>

/** accept, prepare, deliver, cash-collected take no fields (any field sent is refused by name). */
export const VendorOrderActionBody = z.object({}).strict()

const text = (field: string, min: number, max: number) =>
  z
    .string({ message: `Field '${field}' is required` })
    .trim()
    .min(min, { message: `Field '${field}' must have at least ${min} character${min > 1 ? "s" : ""}` })
    .max(max, { message: `Field '${field}' must have at most ${max} characters` })

export const VendorShipOrderBody = z.strictObject({
  carrier: text("carrier", 1, 100),
  tracking_number: text("tracking_number", 1, 100),
  tracking_url: z
    .string()
    .trim()
    .max(500, { message: "Field 'tracking_url' must have at most 500 characters" })
    .refine((value) => /^https?:\/\/[^\s]+\.[^\s]+$/i.test(value), { message: "Field 'tracking_url' must be an http(s) address" })
    .nullish(),
})
export type VendorShipOrderBodyType = z.infer<typeof VendorShipOrderBody>

export const VendorCancelOrderBody = z.strictObject({
  reason: text("reason", 3, 500),
})
export type VendorCancelOrderBodyType = z.infer<typeof VendorCancelOrderBody>
