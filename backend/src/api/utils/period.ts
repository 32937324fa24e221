import { z } from "@medusajs/framework/zod"

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/

/** A day (`YYYY-MM-DD`) or an ISO date-time, named in the error. */
export const dateParam = (field: string) =>
  z
    .string()
    .trim()
    .refine((value) => (DATE_ONLY.test(value) || ISO_INSTANT.test(value)) && !Number.isNaN(Date.parse(value)), {
      message: `Field '${field}' must be a date (YYYY-MM-DD) or an ISO date-time`,
    })

/** `?from=&to=` of a statement: both optional, `from` not after `to`. */
export const PeriodParams = z
  .object({ from: dateParam("from").optional(), to: dateParam("to").optional() })
  .refine((period) => !period.from || !period.to || period.from.slice(0, 10) <= period.to.slice(0, 10), {
    message: "Field 'from' must not be after 'to'",
    path: ["from"],
    params: { code: "period_reversed" },
  })
export type PeriodParamsType = z.infer<typeof PeriodParams>
