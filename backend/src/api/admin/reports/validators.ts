import { z } from "@medusajs/framework/zod"
import { FIRST_DAY, LAST_DAY } from "../../utils/period"
import { MAX_REPORT_DAYS } from "./sales-report"
import { SALES_GROUPINGS } from "./types"

const DAY = /^\d{4}-\d{2}-\d{2}$/

const isDay = (value: string) => DAY.test(value) && new Date(Date.parse(`${value}T00:00:00.000Z`) || 0).toISOString().startsWith(value)

/** A Moroccan day `YYYY-MM-DD` that exists in the calendar, from `FIRST_DAY` to `LAST_DAY`, named in the error. */
const day = (field: string) =>
  z
    .string({ message: `Field '${field}' must be a day (YYYY-MM-DD)` })
    .trim()
    .refine(isDay, { message: `Field '${field}' must be a day (YYYY-MM-DD)` })
    .refine((value) => !isDay(value) || (value >= FIRST_DAY && value <= LAST_DAY), {
      message: `Field '${field}' must be a day from ${FIRST_DAY} to ${LAST_DAY}`,
    })

const span = (from: string, to: string) => (Date.parse(`${to}T00:00:00.000Z`) - Date.parse(`${from}T00:00:00.000Z`)) / 86_400_000

/** `?from=&to=&group_by=` of the sales report: `from` not after `to`, at most about two years. */
export const AdminSalesReportParams = z
  .object({
    from: day("from").optional(),
    to: day("to").optional(),
    group_by: z.enum(SALES_GROUPINGS, { message: `Field 'group_by' must be one of: ${SALES_GROUPINGS.join(", ")}` }).optional(),
  })
  .refine((params) => !params.from || !params.to || params.from <= params.to, {
    message: "Field 'from' must not be after 'to'",
    path: ["from"],
  })
  .refine((params) => !params.from || !params.to || span(params.from, params.to) < MAX_REPORT_DAYS, {
    message: `Field 'from' must be at most ${MAX_REPORT_DAYS} days before 'to'`,
    path: ["from"],
  })
export type AdminSalesReportParamsType = z.infer<typeof AdminSalesReportParams>
