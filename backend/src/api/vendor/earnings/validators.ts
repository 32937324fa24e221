import { z } from "@medusajs/framework/zod"
import { EARNINGS_INTERVALS } from "@tadamon/shared"
import { dateParam, PeriodParams, type PeriodParamsType } from "../../utils/period"

export const VendorGetEarningsParams = PeriodParams
export type VendorGetEarningsParamsType = PeriodParamsType

export const VendorGetEarningsSeriesParams = z
  .object({ from: dateParam("from").optional(), to: dateParam("to").optional(), interval: z.enum(EARNINGS_INTERVALS).optional() })
  .refine((period) => !period.from || !period.to || period.from.slice(0, 10) <= period.to.slice(0, 10), {
    message: "Field 'from' must not be after 'to'",
    path: ["from"],
    params: { code: "period_reversed" },
  })
export type VendorGetEarningsSeriesParamsType = z.infer<typeof VendorGetEarningsSeriesParams>
