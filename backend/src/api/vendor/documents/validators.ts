import { z } from "@medusajs/framework/zod"
import { DOCUMENT_TYPES } from "@tadamon/shared"

const optionalText = (max: number) => z.string().trim().max(max).nullish()

/** One document (application or `POST /vendor/documents`); dates and labels are checked by the workflow. */
export const VendorDocumentInput = z.object({
  type: z.enum(DOCUMENT_TYPES),
  label_name: optionalText(200),
  number: optionalText(100),
  issuer: optionalText(200),
  valid_until: z
    .string()
    .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value), { params: { code: "invalid_date" } })
    .nullish(),
  file_url: z.string().trim().min(1).max(2000),
})

export const VendorCreateDocument = VendorDocumentInput
export type VendorCreateDocumentType = z.infer<typeof VendorCreateDocument>
