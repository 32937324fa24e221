import { z } from "@medusajs/framework/zod"

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/

/**
 * The days a filter or a record may name. Tadamon's records all fall in this century; a day far
 * outside it (`0000-01-01`, `9999-12-31`) is a mistake, and some overflow PostgreSQL's dates.
 */
export const FIRST_DAY = "2000-01-01"
export const LAST_DAY = "2099-12-31"

const isDate = (value: string) => (DATE_ONLY.test(value) || ISO_INSTANT.test(value)) && !Number.isNaN(Date.parse(value))

/** A day (`YYYY-MM-DD`) or an ISO date-time from `FIRST_DAY` to `LAST_DAY`, named in the error. */
export const dateParam = (field: string) =>
  z
    .string()
    .trim()
    .refine(isDate, { message: `Field '${field}' must be a date (YYYY-MM-DD) or an ISO date-time` })
    .refine((value) => !isDate(value) || value.slice(0, 10) >= FIRST_DAY, {
      message: `Field '${field}' must not be before ${FIRST_DAY}`,
      params: { code: "too_small" },
    })
    .refine((value) => !isDate(value) || value.slice(0, 10) <= LAST_DAY, {
      message: `Field '${field}' must not be after ${LAST_DAY}`,
      params: { code: "too_large" },
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
