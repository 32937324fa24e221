import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProductCategoriesWorkflow, createReservationsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { COOPERATIVE_MODULE } from "../../../../src/modules/cooperative"
import type CooperativeModuleService from "../../../../src/modules/cooperative/service"
import { createOrganizer } from "../../../fixtures/admin"
import { createCooperative, createStoreFixture, type StoreFixture } from "../../../fixtures/catalog"
import { failed, type Headers, PDF, PNG, upload, verifiedLabel } from "../../../fixtures/cooperative-portal"
import { createMember } from "../../../fixtures/member"

jest.setTimeout(240 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreFixture
    let adminHeaders: Headers
    let categoryId: string

    beforeEach(async () => {
      const container = getContainer()
      store = await createStoreFixture(container)
      ;({ adminHeaders } = await createOrganizer(container, `organizer-${Date.now()}@tadamon.test`))
      const {
        result: [category],
      } = await createProductCategoriesWorkflow(container).run({
        input: { product_categories: [{ name: "العسل", handle: `honey-${Date.now()}`, is_active: true }] },
      })
      categoryId = category.id
    })

    async function shop(status: "approved" | "pending" = "approved") {
      const container = getContainer()
      const cooperative = await createCooperative(container, { status, handle: `shop-${Date.now()}-${Math.random().toString(36).slice(2, 6)}` })
      const { headers } = await createMember(container, cooperative.id)
      return { cooperative, headers }
    }

    async function newListing(headers: Headers, extra: Record<string, unknown> = {}) {
      const [image] = await upload(api, headers, [{ name: "jar.png", content: PNG }])
      const { data } = await api.post(
        "/vendor/products",
        {
          title: "عسل الزعتر الجبلي",
          description: "عسل طبيعي من جبال تاونات.",
          translations: { fr: { title: "Miel de thym de montagne", description: "Miel naturel des montagnes de Taounate." }, en: { title: "Mountain thyme honey" } },
          category_ids: [categoryId],
          option_title: "الوزن",
          variants: [
            { option_value: "250 g", price: 95, stock: 2 },
            { option_value: "500 g", price: 180.5, stock: 12 },
          ],
          images: [image],
          ...extra,
        },
        headers
      )
      return data.product
    }

    const inStore = async (productId: string) => (await api.get(`/store/products/${productId}`, store.storeHeaders).catch(failed)).status === 200

    it("lists a product for review with its translations, category, variants, stock at the cooperative's location and image", async () => {
      const { cooperative, headers } = await shop()
      const product = await newListing(headers)
      expect(product).toEqual(
        expect.objectContaining({
          title: "عسل الزعتر الجبلي",
          status: "proposed",
          review: null,
          low_stock: true,
          translations: {
            fr: { title: "Miel de thym de montagne", description: "Miel naturel des montagnes de Taounate." },
            en: { title: "Mountain thyme honey", description: null },
          },
          categories: [expect.objectContaining({ id: categoryId })],
          option: expect.objectContaining({ title: "الوزن", values: ["250 g", "500 g"] }),
        })
      )
      expect(product.handle).toMatch(/^miel-de-thym-de-montagne-[a-z0-9]{5}$/)
      expect(product.images).toHaveLength(1)
      expect(product.thumbnail).toBe(product.images[0].url)
      expect(product.variants).toEqual([
        expect.objectContaining({ title: "250 g", option_value: "250 g", price: 95, stock: 2, reserved: 0, low_stock: true }),
        expect.objectContaining({ title: "500 g", option_value: "500 g", price: 180.5, stock: 12, low_stock: false }),
      ])
      expect(product.variants[0].sku).toMatch(new RegExp(`^${cooperative.handle.slice(0, 20).toUpperCase()}-[A-Z0-9]{6}-1$`))
      expect(await inStore(product.id)).toBe(false)

      // The French title is served to a French storefront once published.
      await api.post(`/admin/products/${product.id}/review`, { decision: "publish" }, adminHeaders)
      const { data } = await api.get(`/store/products/${product.id}?locale=fr-MA`, store.storeHeaders)
      expect(data.product.title).toBe("Miel de thym de montagne")
    })

    it("filters and pages the list by status and title", async () => {
      const { headers } = await shop()
      const first = await newListing(headers, { title: "زيت الزيتون" })
      await newListing(headers, { title: "تين مجفف", status: "draft" })
      await newListing(headers, { title: "عسل السدر" })
      await api.post(`/admin/products/${first.id}/review`, { decision: "publish" }, adminHeaders)

      const all = await api.get("/vendor/products?limit=2", headers)
      expect(all.data).toEqual(expect.objectContaining({ count: 3, limit: 2, offset: 0 }))
      expect(all.data.products).toHaveLength(2)
      const page2 = await api.get("/vendor/products?limit=2&offset=2", headers)
      expect(page2.data.products).toHaveLength(1)
      const drafts = await api.get("/vendor/products?status=draft", headers)
      expect(drafts.data.products.map((product: { title: string }) => product.title)).toEqual(["تين مجفف"])
      const published = await api.get("/vendor/products?status=published,proposed&q=زيت", headers)
      expect(published.data.products.map((product: { id: string; status: string }) => [product.id, product.status])).toEqual([[first.id, "published"]])
      const bad = await api.get("/vendor/products?status=sold&limit=0", headers).catch(failed)
      expect(bad.status).toBe(400)
      expect(bad.data.errors.map((error: { field: string }) => error.field).sort()).toEqual(["limit", "status.0"])
    })

    it("moderates: proposed → published (on sale) → material change → proposed (off sale) → rejected with a reason the cooperative reads", async () => {
      const { headers } = await shop()
      const product = await newListing(headers)

      const published = await api.post(`/admin/products/${product.id}/review`, { decision: "publish" }, adminHeaders)
      expect(published.data.product).toEqual(expect.objectContaining({ id: product.id, status: "published", review: expect.objectContaining({ status: "published" }) }))
      expect(await inStore(product.id)).toBe(true)
      expect((await api.post(`/admin/products/${product.id}/review`, { decision: "publish" }, adminHeaders).catch(failed)).status).toBe(409)

      // Stock is not material: still on sale.
      const [variant250, variant500] = product.variants
      const stocked = await api.post(
        `/vendor/products/${product.id}`,
        { variants: [{ id: variant250.id, option_value: "250 g", price: 95, stock: 40 }, { id: variant500.id, option_value: "500 g", price: 180.5 }] },
        headers
      )
      expect(stocked.data.product.status).toBe("published")
      expect(stocked.data.product.variants[0].stock).toBe(40)
      expect(await inStore(product.id)).toBe(true)

      // A new price is: back to review, off sale.
      const repriced = await api.post(
        `/vendor/products/${product.id}`,
        { variants: [{ id: variant250.id, option_value: "250 g", price: 99 }, { id: variant500.id, option_value: "500 g", price: 180.5 }] },
        headers
      )
      expect(repriced.data.product.status).toBe("proposed")
      expect(repriced.data.product.variants[0].price).toBe(99)
      expect(await inStore(product.id)).toBe(false)

      const noReason = await api.post(`/admin/products/${product.id}/review`, { decision: "reject" }, adminHeaders).catch(failed)
      expect(noReason.status).toBe(400)
      expect(noReason.data.errors[0]).toEqual(expect.objectContaining({ field: "reason", code: "reason_required" }))
      await api.post(`/admin/products/${product.id}/review`, { decision: "reject", reason: "الصورة غير واضحة" }, adminHeaders)
      const { data } = await api.get(`/vendor/products/${product.id}`, headers)
      expect(data.product.status).toBe("rejected")
      expect(data.product.review).toEqual(expect.objectContaining({ status: "rejected", reason: "الصورة غير واضحة" }))

      // Editing a rejected product resubmits it; the title is material.
      const edited = await api.post(`/vendor/products/${product.id}`, { title: "عسل الزعتر" }, headers)
      expect(edited.data.product.status).toBe("proposed")
      // Everything else a customer reads is material, each change alone.
      const variants = (overrides: Array<Record<string, unknown>>) =>
        [variant250, variant500].map((variant, index) => ({ id: variant.id, option_value: ["250 g", "500 g"][index], price: [99, 180.5][index], ...overrides[index] }))
      for (const change of [
        { description: "وصف جديد" },
        { translations: { fr: { title: "Miel de thym" } } },
        { images: [] },
        { category_ids: [] },
        { variants: variants([{ title: "ربع كيلو" }, {}]) },
        { option_title: "الحجم" },
        { variants: variants([{}, { option_value: "0.5 kg" }]) },
      ]) {
        await api.post(`/admin/products/${product.id}/review`, { decision: "publish" }, adminHeaders)
        const { data: changed } = await api.post(`/vendor/products/${product.id}`, change, headers)
        expect([JSON.stringify(change), changed.product.status]).toEqual([JSON.stringify(change), "proposed"])
      }
    })

    it("adds, renames and removes variants; new ones get their stock", async () => {
      const { headers } = await shop()
      const product = await newListing(headers)
      const [variant250, variant500] = product.variants
      const { data } = await api.post(
        `/vendor/products/${product.id}`,
        {
          option_title: "الحجم",
          variants: [
            { id: variant500.id, option_value: "500 g", title: "نصف كيلو", price: 180.5 },
            { option_value: "1 kg", price: 340, stock: 5 },
          ],
        },
        headers
      )
      expect(data.product.option).toEqual(expect.objectContaining({ title: "الحجم", values: ["500 g", "1 kg"] }))
      expect(data.product.variants).toEqual([
        expect.objectContaining({ id: variant500.id, title: "نصف كيلو", stock: 12 }),
        expect.objectContaining({ title: "1 kg", price: 340, stock: 5 }),
      ])
      expect(data.product.variants.map((variant: { id: string }) => variant.id)).not.toContain(variant250.id)

      const duplicate = await api
        .post(`/vendor/products/${product.id}`, { variants: [{ option_value: "2 kg", price: 1 }, { option_value: "2 KG ", price: 2 }] }, headers)
        .catch(failed)
      expect(duplicate.status).toBe(400)
      expect(duplicate.data.errors[0]).toEqual(expect.objectContaining({ field: "variants.1.option_value", code: "duplicate_value" }))
    })

    it("updates stock from the list, flags low stock, and refuses a quantity below what orders hold", async () => {
      const { headers } = await shop()
      const product = await newListing(headers)
      const variant = product.variants[1]
      const { data } = await api.post(`/vendor/products/${product.id}/variants/${variant.id}/stock`, { quantity: 3 }, headers)
      expect(data.product.variants[1]).toEqual(expect.objectContaining({ id: variant.id, stock: 3, low_stock: true }))
      const list = await api.get("/vendor/products", headers)
      expect(list.data.products[0].variants[1].stock).toBe(3)

      const negative = await api.post(`/vendor/products/${product.id}/variants/${variant.id}/stock`, { quantity: -1 }, headers).catch(failed)
      expect(negative.data.errors[0]).toEqual(expect.objectContaining({ field: "quantity", code: "too_small" }))
      const fractional = await api.post(`/vendor/products/${product.id}/variants/${variant.id}/stock`, { quantity: 1.5 }, headers).catch(failed)
      expect(fractional.status).toBe(400)
      const unknown = await api.post(`/vendor/products/${product.id}/variants/variant_nope/stock`, { quantity: 1 }, headers).catch(failed)
      expect(unknown.status).toBe(404)

      // An order holds 2 units: the stock cannot go below that.
      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [withItem],
      } = await query.graph({ entity: "product_variant", fields: ["inventory_items.inventory_item_id"], filters: { id: variant.id } })
      const inventoryItemId = withItem.inventory_items?.[0]?.inventory_item_id ?? ""
      const {
        data: [level],
      } = await query.graph({ entity: "inventory_level", fields: ["inventory_item_id", "location_id"], filters: { inventory_item_id: inventoryItemId } })
      await createReservationsWorkflow(container).run({
        input: { reservations: [{ inventory_item_id: level.inventory_item_id, location_id: level.location_id, quantity: 2 }] },
      })
      const held = await api.post(`/vendor/products/${product.id}/variants/${variant.id}/stock`, { quantity: 1 }, headers).catch(failed)
      expect(held.status).toBe(400)
      expect(held.data.errors[0]).toEqual(expect.objectContaining({ field: "quantity", code: "too_small" }))
      const { data: afterHold } = await api.get(`/vendor/products/${product.id}`, headers)
      expect(afterHold.product.variants[1]).toEqual(expect.objectContaining({ stock: 3, reserved: 2, low_stock: true }))
    })

    it("claims only its own verified, unexpired IGP/organic documents; the store shows them while they count", async () => {
      const container = getContainer()
      const { cooperative, headers } = await shop()
      const [file] = await upload(api, headers, [{ name: "igp.pdf", content: PDF }])
      const igp = await verifiedLabel(container, cooperative.id, file)
      const pending = await verifiedLabel(container, cooperative.id, file, { type: "organic", label_name: "Bio", verify: false })
      const other = await verifiedLabel(container, cooperative.id, file, { type: "other", label_name: "Statuts" })
      const elsewhere = await shop()
      const [theirFile] = await upload(api, elsewhere.headers, [{ name: "x.pdf", content: PDF }])
      const theirs = await verifiedLabel(container, elsewhere.cooperative.id, theirFile)

      for (const [id, code] of [
        [pending.id, "label_not_claimable"],
        [other.id, "label_not_claimable"],
        [theirs.id, "unknown_document"],
        ["cdoc_nope", "unknown_document"],
      ]) {
        const refused = await api
          .post("/vendor/products", { title: "تين", option_title: "الوزن", variants: [{ option_value: "1 kg", price: 60 }], label_document_ids: [id] }, headers)
          .catch(failed)
        expect([id, refused.status, refused.data.errors[0]]).toEqual([id, 400, expect.objectContaining({ field: "label_document_ids.0", code })])
      }
      const unknownCategory = await api
        .post("/vendor/products", { title: "تين", option_title: "الوزن", variants: [{ option_value: "1 kg", price: 60 }], category_ids: ["pcat_nope"] }, headers)
        .catch(failed)
      expect(unknownCategory.data.errors[0]).toEqual(expect.objectContaining({ field: "category_ids.0", code: "unknown_category" }))

      const product = await newListing(headers, { label_document_ids: [igp.id] })
      expect(product.labels).toEqual([expect.objectContaining({ document_id: igp.id, type: "igp", is_valid: true })])
      // Not on sale yet: no labels to read in the store either.
      expect((await api.get(`/store/products/${product.id}/labels`, store.storeHeaders).catch(failed)).status).toBe(404)

      await api.post(`/admin/products/${product.id}/review`, { decision: "publish" }, adminHeaders)
      const { data } = await api.get(`/store/products/${product.id}/labels`, store.storeHeaders)
      expect(data.labels).toEqual([
        expect.objectContaining({ id: igp.id, type: "igp", name: "Figue sèche Nabout de Taounate", number: "IGP-2019-07" }),
      ])
      const page = await api.get(`/store/cooperatives/${cooperative.handle}`, store.storeHeaders)
      expect(page.data.products[0].labels).toEqual(data.labels)

      // Expired (time passed) or refused later: gone from the store at once.
      const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
      await service.updateCooperativeDocuments({ id: igp.id, valid_until: new Date(Date.now() - 3 * 24 * 60 * 60 * 1000) })
      expect((await api.get(`/store/products/${product.id}/labels`, store.storeHeaders)).data.labels).toEqual([])
      const { data: mine } = await api.get(`/vendor/products/${product.id}`, headers)
      expect(mine.product.labels).toEqual([expect.objectContaining({ document_id: igp.id, is_valid: false })])

      // Dropping a label is a material change.
      const dropped = await api.post(`/vendor/products/${product.id}`, { label_document_ids: [] }, headers)
      expect(dropped.data.product.labels).toEqual([])
      expect(dropped.data.product.status).toBe("proposed")
    })

    it("unpublishes, resubmits and archives", async () => {
      const { headers } = await shop()
      const product = await newListing(headers)
      await api.post(`/admin/products/${product.id}/review`, { decision: "publish" }, adminHeaders)
      expect(await inStore(product.id)).toBe(true)

      const draft = await api.post(`/vendor/products/${product.id}/status`, { status: "draft" }, headers)
      expect(draft.data.product.status).toBe("draft")
      expect(await inStore(product.id)).toBe(false)
      const proposed = await api.post(`/vendor/products/${product.id}/status`, { status: "proposed" }, headers)
      expect(proposed.data.product.status).toBe("proposed")
      expect((await api.post(`/vendor/products/${product.id}/status`, { status: "published" }, headers).catch(failed)).status).toBe(400)

      const archived = await api.delete(`/vendor/products/${product.id}`, headers)
      expect(archived.data).toEqual({ id: product.id, object: "product", deleted: true })
      expect((await api.get(`/vendor/products/${product.id}`, headers).catch(failed)).status).toBe(404)
      expect((await api.get("/vendor/products", headers)).data.count).toBe(0)
    })

    it("takes a suspended cooperative's products off sale and puts them back on approval", async () => {
      const { cooperative, headers } = await shop()
      const product = await newListing(headers)
      await api.post(`/admin/products/${product.id}/review`, { decision: "publish" }, adminHeaders)
      expect(await inStore(product.id)).toBe(true)

      const suspended = await api.post(`/admin/cooperatives/${cooperative.id}/suspend`, { reason: "Autorisation expirée" }, adminHeaders)
      expect(suspended.data.cooperative).toEqual(expect.objectContaining({ status: "suspended", status_reason: "Autorisation expirée" }))
      expect(await inStore(product.id)).toBe(false)
      expect((await api.get("/vendor/products", headers)).status).toBe(200)
      expect((await api.post(`/vendor/products/${product.id}/status`, { status: "draft" }, headers).catch(failed)).status).toBe(403)

      await api.post(`/admin/cooperatives/${cooperative.id}/approve`, {}, adminHeaders)
      expect(await inStore(product.id)).toBe(true)
    })
  },
})
