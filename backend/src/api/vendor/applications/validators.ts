import { z } from "@medusajs/framework/zod"
import { findProvince, findRegion, isProvinceInRegion, LOCALES, normalizeMoroccanPhone, SECTORS } from "@tadamon/shared"
import { VendorDocumentInput } from "../documents/validators"

const requiredText = (max: number) => z.string().trim().min(1).max(max)
const optionalText = (max: number) => z.string().trim().max(max).nullish()
const phone = z.string().refine((value) => !!normalizeMoroccanPhone(value), { params: { code: "invalid_phone" } })
const count = z.number().int().min(0).max(100_000)

export const VendorApplication = z.object({
  member: z.object({
    first_name: requiredText(80),
    last_name: requiredText(80),
    phone: phone.nullish(),
  }),
  cooperative: z
    .object({
      name: requiredText(150),
      name_fr: optionalText(150),
      name_en: optionalText(150),
      handle: z
        .string()
        .refine((value) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value), { params: { code: "invalid_value" } })
        .min(3)
        .max(60)
        .nullish(),
      legal_registration_number: requiredText(60),
      region: z.string().refine((code) => !!findRegion(code), { params: { code: "invalid_value" } }),
      province: z.string().refine((code) => !!findProvince(code), { params: { code: "unknown_province" } }),
      commune: requiredText(100),
      sector: z.enum(SECTORS),
      founding_year: z.number().int().min(1900).max(new Date().getFullYear()).nullish(),
      member_count: count.min(1),
      women_member_count: count,
      story: requiredText(5000),
      story_fr: optionalText(5000),
      story_en: optionalText(5000),
      contact_phone: phone,
      locale: z.enum(LOCALES).optional(),
    })
    .superRefine((cooperative, context) => {
      if (findRegion(cooperative.region) && findProvince(cooperative.province) && !isProvinceInRegion(cooperative.province, cooperative.region)) {
        context.addIssue({ code: "custom", path: ["province"], message: "province_not_in_region", params: { code: "province_not_in_region" } })
      }
      if (cooperative.women_member_count > cooperative.member_count) {
        context.addIssue({ code: "custom", path: ["women_member_count"], message: "too_large", params: { code: "too_large" } })
      }
    }),
  documents: z.array(VendorDocumentInput).max(20).default([]),
})
export type VendorApplicationType = z.infer<typeof VendorApplication>
