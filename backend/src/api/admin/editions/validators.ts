import { z } from "@medusajs/framework/zod"
import { findProvince, PROGRAM_KINDS } from "@tadamon/shared"
import { isCalendarDay, isClockTime } from "../../../domain/market/calendar"

/** A text in the three languages; a missing one is reported as its three missing languages. */
const localizedText = (max: number) =>
  z.preprocess(
    (value) => value ?? {},
    z
      .object({
        ar: z.string().trim().min(1).max(max),
        fr: z.string().trim().min(1).max(max),
        en: z.string().trim().min(1).max(max),
      })
      .strict()
  )

const day = z.string().trim().min(1).refine(isCalendarDay, { params: { code: "invalid_date" } })
const time = z.string().trim().min(1).refine(isClockTime)

const participant = z
  .object({
    cooperative_id: z.string().trim().min(1).max(100),
    stand_number: z.string().trim().min(1).max(20),
  })
  .strict()

const programItem = z
  .object({
    kind: z.enum(PROGRAM_KINDS),
    title: localizedText(200),
    day,
    starts_at: time,
    ends_at: z.preprocess((value) => (value === "" ? null : value), time.nullish()),
  })
  .strict()

const editionFields = {
  handle: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: localizedText(200),
  venue: localizedText(300),
  province: z
    .string()
    .trim()
    .min(1)
    .refine((code) => !!findProvince(code), { params: { code: "unknown_province" } }),
  starts_on: day,
  ends_on: day,
  edition_number: z.number().int().min(1).max(1000).nullish(),
  participants: z.array(participant).max(500).optional(),
  program: z.array(programItem).max(200).optional(),
}

/** `POST /admin/editions`. */
export const AdminCreateEdition = z.object(editionFields).strict()
export type AdminCreateEditionType = z.infer<typeof AdminCreateEdition>

/** `POST /admin/editions/:id`: any field; `participants` and `program` replace the whole list. */
export const AdminUpdateEdition = z
  .object({
    handle: editionFields.handle.optional(),
    name: localizedText(200).optional(),
    venue: localizedText(300).optional(),
    province: editionFields.province.optional(),
    starts_on: day.optional(),
    ends_on: day.optional(),
    edition_number: editionFields.edition_number,
    participants: editionFields.participants,
    program: editionFields.program,
  })
  .strict()
export type AdminUpdateEditionType = z.infer<typeof AdminUpdateEdition>

export const AdminGetEditions = z.object({}).strict()
