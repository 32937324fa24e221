import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { findProvince, findRegion, SECTORS } from "@tadamon/shared"

const pageSize = z.preprocess(
  (value) => (value === undefined || value === "" ? undefined : Number(value)),
  z.number().int().min(1).max(100).optional()
)
const pageOffset = z.preprocess(
  (value) => (value === undefined || value === "" ? undefined : Number(value)),
  z.number().int().min(0).optional()
)

export const StoreGetCooperativesParams = createFindParams({ limit: 12, offset: 0 }).extend({
  limit: pageSize,
  offset: pageOffset,
  province: z
    .string()
    .refine((code) => !!findProvince(code), { message: "Field 'province' must be a Moroccan province or prefecture code" })
    .optional(),
  region: z
    .string()
    .refine((code) => !!findRegion(code), { message: "Field 'region' must be a Moroccan region code" })
    .optional(),
  sector: z.enum(SECTORS).optional(),
})
export type StoreGetCooperativesParamsType = z.infer<typeof StoreGetCooperativesParams>

export const StoreGetCooperativeParams = createSelectParams().extend({
  region_id: z.string().optional(),
})
export type StoreGetCooperativeParamsType = z.infer<typeof StoreGetCooperativeParams>
