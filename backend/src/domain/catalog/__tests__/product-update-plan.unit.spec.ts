import { ProductStatus } from "@medusajs/framework/utils"
import type { UpdateCooperativeProductInput } from "../product-input"
import { planProductUpdate, type StoredListing, type StoredProductTranslation } from "../product-update-plan"

/** A published jar of honey in two sizes, with one label, a French translation and two photos. */
const listing = (overrides: Partial<StoredListing> = {}): StoredListing => ({
  id: "prod_1",
  title: "عسل الزعتر",
  description: "عسل من جبال غفساي",
  status: "published",
  images: [
    { url: "https://files.example/b.jpg", rank: 1 },
    { url: "https://files.example/a.jpg", rank: 0 },
  ],
  categories: [{ id: "cat_honey" }, { id: "cat_gifts" }],
  options: [{ id: "opt_1", title: "الوزن", values: [{ value: "250 g" }, { value: "500 g" }] }],
  variants: [
    { id: "var_250", title: "250 g", variant_rank: 0, options: [{ value: "250 g" }], price_set: { prices: [{ amount: 90, currency_code: "mad" }] } },
    { id: "var_500", title: "500 g", variant_rank: 1, options: [{ value: "500 g" }], price_set: { prices: [{ amount: 160, currency_code: "mad" }] } },
  ],
  cooperative: { handle: "nahl-ouergha", stock_location: { id: "sloc_nahl" } },
  cooperative_documents: [{ id: "doc_igp" }],
  ...overrides,
})

const edit = (fields: Omit<UpdateCooperativeProductInput, "cooperative_id" | "product_id">): UpdateCooperativeProductInput => ({
  cooperative_id: "coop_nahl",
  product_id: "prod_1",
  ...fields,
})

/** The variants as stored, resent unchanged. */
const sameVariants = [
  { id: "var_250", option_value: "250 g", title: "250 g", price: 90 },
  { id: "var_500", option_value: "500 g", title: "500 g", price: 160 },
]

const frenchRow: StoredProductTranslation = {
  id: "tr_fr",
  locale_code: "fr-MA",
  translations: { title: "Miel de thym", description: "Miel des montagnes de Ghafsai" },
}

describe("planProductUpdate", () => {
  it("plans nothing for an edit that resends what is stored, in another order where order does not count", () => {
    const plan = planProductUpdate(
      listing(),
      edit({
        title: " عسل الزعتر ",
        category_ids: ["cat_gifts", "cat_honey"],
        images: ["https://files.example/a.jpg", "https://files.example/b.jpg"],
        variants: sameVariants,
        label_document_ids: ["doc_igp"],
        translations: { fr: { title: "Miel de thym" } },
      }),
      [frenchRow]
    )
    expect(plan.product).toBeNull()
    expect(plan.update_variants).toEqual([])
    expect(plan.create_variants).toEqual([])
    expect(plan.delete_variant_ids).toEqual([])
    expect(plan.option).toBeNull()
    expect(plan.translations).toEqual({ create: [], update: [], delete: [] })
    expect(plan.link_labels).toEqual([])
    expect(plan.unlink_labels).toEqual([])
    expect(plan.back_to_review).toBe(false)
    expect(plan.stock_location_id).toBe("sloc_nahl")
  })

  it("sends a published product back to review, out of every channel, when a customer could read the change", () => {
    const changes: Array<Omit<UpdateCooperativeProductInput, "cooperative_id" | "product_id">> = [
      { title: "عسل الزعتر البري" },
      { description: null },
      { category_ids: ["cat_honey"] },
      { images: ["https://files.example/b.jpg", "https://files.example/a.jpg"] },
      { variants: [sameVariants[0], { ...sameVariants[1], price: 170 }] },
      { variants: [sameVariants[0], { ...sameVariants[1], title: "نصف كيلو" }] },
      { variants: [sameVariants[0]] },
      { option_title: "الحجم" },
      { label_document_ids: [] },
      { translations: { en: { title: "Thyme honey" } } },
    ]
    for (const change of changes) {
      const plan = planProductUpdate(listing(), edit(change), [frenchRow])
      expect({ change, back_to_review: plan.back_to_review }).toEqual({ change, back_to_review: true })
      expect(plan.product).toEqual(expect.objectContaining({ status: ProductStatus.PROPOSED, sales_channels: [] }))
    }
  })

  it("keeps the product on sale when only stock or the order of variants changes", () => {
    const plan = planProductUpdate(
      listing(),
      edit({ variants: [{ ...sameVariants[1], stock: 4 }, { ...sameVariants[0], stock: 0 }] }),
      []
    )
    expect(plan.back_to_review).toBe(false)
    expect(plan.product).toBeNull()
    expect(plan.update_variants).toEqual([
      { id: "var_500", variant_rank: 0 },
      { id: "var_250", variant_rank: 1 },
    ])
    expect(plan.stock_by_variant).toEqual({ var_500: 4, var_250: 0 })
  })

  it("leaves a draft a draft: material changes of an unpublished listing need no new review", () => {
    const plan = planProductUpdate(listing({ status: "draft" }), edit({ title: "عسل السدر" }), [])
    expect(plan.back_to_review).toBe(false)
    expect(plan.product).toEqual({ id: "prod_1", title: "عسل السدر" })
  })

  it("creates a new variant with a new option value, a SKU under the cooperative's prefix and its stock", () => {
    const plan = planProductUpdate(
      listing(),
      edit({ variants: [...sameVariants, { option_value: "1 kg", price: 300, stock: 7 }] }),
      []
    )
    expect(plan.create_variants).toHaveLength(1)
    const [created] = plan.create_variants
    expect(created).toEqual(
      expect.objectContaining({
        product_id: "prod_1",
        title: "1 kg",
        variant_rank: 2,
        options: { الوزن: "1 kg" },
        manage_inventory: true,
        prices: [{ amount: 300, currency_code: "mad" }],
      })
    )
    expect(created.sku).toMatch(/^NAHL-OUERGHA-[A-Z0-9]{6}-3$/)
    expect(plan.stock_by_sku).toEqual({ [created.sku]: 7 })
    expect(plan.option).toEqual({ id: "opt_1", title: "الوزن", rename: false, values: ["250 g", "500 g", "1 kg"], new_values: ["1 kg"] })
  })

  it("reuses a stored option value whatever its case or spaces, and deletes the variants left out", () => {
    const plan = planProductUpdate(listing(), edit({ variants: [{ id: "var_250", option_value: " 250 G ", title: "250 g", price: 90 }] }), [])
    expect(plan.update_variants).toEqual([])
    expect(plan.option).toBeNull()
    expect(plan.delete_variant_ids).toEqual(["var_500"])
    expect(plan.back_to_review).toBe(true)
  })

  it("renames the option and every kept variant's value under the new title", () => {
    const plan = planProductUpdate(listing(), edit({ option_title: "الحجم", variants: [sameVariants[0]] }), [])
    expect(plan.option).toEqual(expect.objectContaining({ title: "الحجم", rename: true, new_values: [] }))
    expect(plan.update_variants).toEqual([{ id: "var_250", options: { الحجم: "250 g" } }])
    expect(plan.delete_variant_ids).toEqual(["var_500"])
  })

  it("refuses a variant id the listing does not hold, naming the field", () => {
    expect(() =>
      planProductUpdate(listing(), edit({ variants: [sameVariants[0], { id: "var_other", option_value: "1 kg", price: 1 }] }), [])
    ).toThrow(expect.objectContaining({ field: "variants.1.id", field_code: "invalid_value" }))
  })

  it("merges translations with what is stored: updates, creates and deletes rows only where the text changed", () => {
    const updated = planProductUpdate(listing(), edit({ translations: { fr: { title: "Miel de thym sauvage" } } }), [frenchRow])
    expect(updated.translations).toEqual({
      create: [],
      update: [{ id: "tr_fr", translations: { title: "Miel de thym sauvage", description: "Miel des montagnes de Ghafsai" } }],
      delete: [],
    })

    const created = planProductUpdate(listing(), edit({ translations: { en: { title: " Thyme honey ", description: "" } } }), [frenchRow])
    expect(created.translations).toEqual({
      create: [{ reference: "product", reference_id: "prod_1", locale_code: "en-US", translations: { title: "Thyme honey" } }],
      update: [],
      delete: [],
    })

    const cleared = planProductUpdate(listing(), edit({ translations: { fr: { title: null, description: null } } }), [frenchRow])
    expect(cleared.translations).toEqual({ create: [], update: [], delete: ["tr_fr"] })
  })

  it("links labels added and unlinks labels removed", () => {
    const plan = planProductUpdate(listing(), edit({ label_document_ids: ["doc_bio"] }), [])
    expect(plan.link_labels).toEqual([{ product: { product_id: "prod_1" }, cooperative: { cooperative_document_id: "doc_bio" } }])
    expect(plan.unlink_labels).toEqual([{ product: { product_id: "prod_1" }, cooperative: { cooperative_document_id: "doc_igp" } }])
  })

  it("takes the photos in the order given, the first as the thumbnail", () => {
    const plan = planProductUpdate(listing({ status: "proposed" }), edit({ images: ["https://files.example/c.jpg", "https://files.example/a.jpg"] }), [])
    expect(plan.product).toEqual({
      id: "prod_1",
      images: [{ url: "https://files.example/c.jpg" }, { url: "https://files.example/a.jpg" }],
      thumbnail: "https://files.example/c.jpg",
    })
    expect(plan.back_to_review).toBe(false)
  })
})
