import { model } from "@medusajs/framework/utils"

/**
 * One searchable record (a product or a cooperative) as the index holds it: its words in the
 * index's form (all three languages), the facets it is filtered by, and what is needed to rank and
 * show it. Written only by the index workflow; the GIN indexes on the arrays are in the migration.
 */
const SearchDocument = model
  .define("search_document", {
    id: model.id({ prefix: "srch" }).primaryKey(),
    kind: model.enum(["product", "cooperative"]),
    record_id: model.text(),
    handle: model.text(),
    /** The record's name in each locale ({ ar, fr, en }), shown for cooperative hits. */
    names: model.json(),
    words: model.array(),
    title_words: model.array(),
    sales_channel_ids: model.array(),
    cooperative_handle: model.text().nullable(),
    province: model.text().nullable(),
    category_handles: model.array(),
    labels: model.array(),
    edition_handles: model.array(),
    price_min: model.float().nullable(),
    in_stock: model.boolean().default(false),
    listed_at: model.dateTime(),
  })
  .indexes([{ on: ["kind", "record_id"], unique: true }])

export default SearchDocument
