import { model } from "@medusajs/framework/utils"
import { REVIEW_LANGUAGES, REVIEW_STATUSES } from "@tadamon/shared"
import ReviewModerationEvent from "./review-moderation-event"
import ReviewReport from "./review-report"

/**
 * A verified buyer's review of a product: one per delivered order line (the unique index on
 * `line_item_id`, over live rows, holds it whatever the concurrency). The text is stored as the
 * customer wrote it, in the language they said; `author_name` is the first name and initial taken
 * from the customer's account when the review was written, so the store never reads the account.
 *
 * The cooperative's one public answer lives on the review (edited in place). Organizers hide a
 * review with a reason and restore it; each decision is in `moderation_events`. `report_count`
 * counts the distinct reporters (`reports`).
 */
const Review = model
  .define("review", {
    id: model.id({ prefix: "rev" }).primaryKey(),
    product_id: model.text(),
    cooperative_id: model.text(),
    customer_id: model.text(),
    order_id: model.text(),
    line_item_id: model.text(),
    rating: model.number(),
    text: model.text().nullable(),
    language: model.enum([...REVIEW_LANGUAGES]),
    author_name: model.text(),
    status: model.enum([...REVIEW_STATUSES]).default("visible"),
    hidden_reason: model.text().nullable(),
    report_count: model.number().default(0),
    answer_text: model.text().nullable(),
    /** The cooperative member who wrote or last edited the answer. */
    answer_member_id: model.text().nullable(),
    answered_at: model.dateTime().nullable(),
    answer_updated_at: model.dateTime().nullable(),
    reports: model.hasMany(() => ReviewReport, { mappedBy: "review" }),
    moderation_events: model.hasMany(() => ReviewModerationEvent, { mappedBy: "review" }),
  })
  .indexes([
    { on: ["line_item_id"], unique: true },
    { on: ["product_id", "status", "created_at"] },
    { on: ["cooperative_id", "created_at"] },
    { on: ["customer_id"] },
    { on: ["status", "report_count"] },
  ])

export default Review
