import { z } from "@medusajs/framework/zod"
import {
  LABEL_DOCUMENT_TYPES,
  SEARCH_FILTER_MAX_VALUES,
  SEARCH_PAGE_MAX,
  SEARCH_QUERY_MAX_LENGTH,
  SEARCH_SORTS,
} from "@tadamon/shared"

const number = (schema: z.ZodNumber) => z.preprocess((value) => (value === undefined || value === "" ? undefined : Number(value)), schema.optional())

/** One value or several (`?category=a&category=b` or `?category=a,b`), each a short handle. */
const values = (item: z.ZodType<string> = z.string().trim().min(1).max(200)) =>
  z.preprocess(
    (value) => {
      if (value === undefined || value === "") {
        return undefined
      }
      const entries: unknown[] = Array.isArray(value) ? value : [value]
      const list: unknown[] = entries.flatMap((entry) => (typeof entry === "string" ? entry.split(",") : [entry]))
      return list.filter((entry) => entry !== "")
    },
    z.array(item).max(SEARCH_FILTER_MAX_VALUES).optional()
  )

export const StoreSearchParams = z
  .object({
    q: z.string().max(SEARCH_QUERY_MAX_LENGTH).optional(),
    category: values(),
    cooperative: values(),
    province: values(),
    label: values(z.enum(LABEL_DOCUMENT_TYPES)),
    edition: values(),
    price_min: number(z.number().finite().min(0).max(1_000_000)),
    price_max: number(z.number().finite().min(0).max(1_000_000)),
    in_stock: z.preprocess((value) => (value === "" || value === undefined ? undefined : value), z.enum(["true", "false", "1", "0"]).optional()),
    sort: z.enum(SEARCH_SORTS).optional(),
    limit: number(z.number().int().min(1).max(SEARCH_PAGE_MAX)),
    offset: number(z.number().int().min(0).max(10_000)),
  })
  .refine((params) => params.price_min === undefined || params.price_max === undefined || params.price_min <= params.price_max, {
    path: ["price_max"],
    message: "Field 'price_max' must not be below 'price_min'",
  })
export type StoreSearchParamsType = z.infer<typeof StoreSearchParams>
