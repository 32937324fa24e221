import { model } from "@medusajs/framework/utils"
import CooperativeDocument from "./document"
import CooperativeInvitation from "./invitation"
import Member from "./member"
import ModerationEvent from "./moderation-event"

/**
 * A cooperative of the social and solidarity economy. Text content is stored in Arabic (the
 * default locale) and translated to French and English through Medusa's Translation Module.
 */
const Cooperative = model
  .define("cooperative", {
    id: model.id({ prefix: "coop" }).primaryKey(),
    name: model.text().translatable(),
    handle: model.text().unique(),
    legal_registration_number: model.text().unique(),
    region: model.text(),
    province: model.text().index(),
    commune: model.text().translatable(),
    sector: model.enum(["honey", "figs-dried-fruit", "herbs", "olive-oil", "crafts"]),
    founding_year: model.number().nullable(),
    member_count: model.number().default(0),
    women_member_count: model.number().default(0),
    story: model.text().translatable(),
    logo: model.text().nullable(),
    contact_phone: model.text().nullable(),
    /** Shown as the seller's email on its page, its products and its orders (law 31-08). */
    contact_email: model.text().nullable(),
    status: model.enum(["pending", "approved", "suspended", "rejected"]).default("pending"),
    status_reason: model.text().nullable(),
    /** Trusted by the organizers: its proposed products are published without review. */
    trusted: model.boolean().default(false),
    /** The language of the cooperative's emails (ar, fr or en). */
    locale: model.enum(["ar", "fr", "en"]).default("ar"),
    members: model.hasMany(() => Member, { mappedBy: "cooperative" }),
    documents: model.hasMany(() => CooperativeDocument, { mappedBy: "cooperative" }),
    invitations: model.hasMany(() => CooperativeInvitation, { mappedBy: "cooperative" }),
    moderation_events: model.hasMany(() => ModerationEvent, { mappedBy: "cooperative" }),
  })
  .indexes([{ on: ["status", "province", "sector"] }])

export default Cooperative
