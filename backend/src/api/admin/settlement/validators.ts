import { z } from "@medusajs/framework/zod"
import { PAYOUT_METHODS } from "@tadamon/shared"
import { storableText } from "../../../domain/settlement/remittance-csv"
import { dateParam } from "../../utils/period"

const twoDecimals = (value: number) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6

const percent = (field: string) =>
  z
    .number({ message: `Field '${field}' must be a number of percent, from 0 to 100` })
    .min(0, { message: `Field '${field}' must be a percentage from 0 to 100` })
    .max(100, { message: `Field '${field}' must be a percentage from 0 to 100` })
    .refine(twoDecimals, { message: `Field '${field}' takes at most 2 decimals` })

export const AdminUpdateCommissionBody = z
  .object({
    rate: percent("rate").optional(),
    overrides: z
      .array(
        z.object({
          cooperative_id: z.string({ message: "Field 'overrides.cooperative_id' is required" }).trim().min(1),
          rate: percent("overrides.rate").nullable(),
        })
      )
      .max(500)
      .optional(),
  })
  .refine((body) => body.rate !== undefined || body.overrides !== undefined, { message: "Give the field 'rate' or 'overrides'", path: ["rate"], params: { code: "required" } })
export type AdminUpdateCommissionBodyType = z.infer<typeof AdminUpdateCommissionBody>

export const AdminCreatePayoutBody = z.object({
  cooperative_id: z.string({ message: "Field 'cooperative_id' is required" }).trim().min(1, { message: "Field 'cooperative_id' is required" }),
  amount: z
    .number({ message: "Field 'amount' must be a number of MAD" })
    .positive({ message: "Field 'amount' must be more than 0" })
    .max(100_000_000, { message: "Field 'amount' is too large" })
    .refine(twoDecimals, { message: "Field 'amount' takes at most 2 decimals" }),
  paid_at: dateParam("paid_at").refine((value) => Date.parse(value) <= Date.now() + 24 * 60 * 60 * 1000, {
    message: "Field 'paid_at' must not be in the future",
  }),
  method: z.enum(PAYOUT_METHODS, { message: `Field 'method' must be one of: ${PAYOUT_METHODS.join(", ")}` }),
  reference: z
    .string({ message: "Field 'reference' is required" })
    .trim()
    .min(1, { message: "Field 'reference' is required" })
    .max(100, { message: "Field 'reference' must have at most 100 characters" }),
  note: z.string().trim().max(500, { message: "Field 'note' must have at most 500 characters" }).nullish(),
})
export type AdminCreatePayoutBodyType = z.infer<typeof AdminCreatePayoutBody>

/** The statement's text: at most about 1 MB (the route's body limit is 2 MB). */
export const MAX_REMITTANCE_CSV_LENGTH = 1_000_000

export const AdminImportRemittanceBody = z
  .object({
    csv: z.string().min(1).max(MAX_REMITTANCE_CSV_LENGTH),
    filename: z
      .string()
      .trim()
      .max(200)
      .transform((name) => storableText(name))
      .nullish(),
  })
  .strict()
export type AdminImportRemittanceBodyType = z.infer<typeof AdminImportRemittanceBody>

export const AdminListRemittancesQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListRemittancesQueryType = z.infer<typeof AdminListRemittancesQuery>
