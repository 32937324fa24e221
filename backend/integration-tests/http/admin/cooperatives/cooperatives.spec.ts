import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { approveCooperativeWorkflow } from "../../../../src/workflows/moderation/approve-cooperative"
import { createOrganizer } from "../../../fixtures/admin"
import { createCooperative, createCooperativeProduct, createStoreFixture, type StoreFixture } from "../../../fixtures/catalog"
import { failed, type Headers } from "../../../fixtures/cooperative-portal"
import { createMember } from "../../../fixtures/member"
import { useSmtpSink } from "../../notification/smtp-sink"

jest.setTimeout(180 * 1000)

const sink = useSmtpSink()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreFixture
    let adminHeaders: Headers

    beforeEach(async () => {
      const container = getContainer()
      store = await createStoreFixture(container)
      ;({ adminHeaders } = await createOrganizer(container, `organizer-${Date.now()}@tadamon.test`))
    })

    async function pendingShop(locale: "ar" | "fr" | "en" = "ar") {
      const container = getContainer()
      const cooperative = await createCooperative(container, { status: "pending", locale, handle: `pending-${Date.now()}` })
      const { member } = await createMember(container, cooperative.id, { email: `owner-${Date.now()}@coop.ma` })
      // A product the organizers already published, waiting for the cooperative's approval.
      const product = await createCooperativeProduct(container, store, cooperative.id, { title: "عسل", handle: `honey-${Date.now()}` })
      return { cooperative, owner: member, product }
    }

    it("approves a pending cooperative: shipping set up in the storefront channel, published products on sale, owner emailed", async () => {
      const container = getContainer()
      const { cooperative, owner, product } = await pendingShop("en")
      expect((await api.get(`/store/products/${product.id}`, store.storeHeaders).catch(failed)).status).toBe(404)

      const { data } = await api.post(`/admin/cooperatives/${cooperative.id}/approve`, {}, adminHeaders)
      expect(data.cooperative).toEqual(expect.objectContaining({ id: cooperative.id, status: "approved", status_reason: null }))
      expect(data.cooperative.members).toEqual([expect.objectContaining({ id: owner.id, role: "owner" })])

      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [setUp],
      } = await query.graph({
        entity: "cooperative",
        fields: ["stock_location.sales_channels.id", "shipping_profile.id", "shipping_profile.shipping_options.id"],
        filters: { id: cooperative.id },
      })
      expect(setUp.stock_location?.sales_channels?.map((channel) => channel?.id)).toEqual([store.salesChannelId])
      expect(setUp.shipping_profile?.shipping_options).toHaveLength(3)
      const {
        data: [onSale],
      } = await query.graph({ entity: "product", fields: ["sales_channels.id", "shipping_profile.id"], filters: { id: product.id } })
      expect(onSale.sales_channels?.map((channel) => channel?.id)).toEqual([store.salesChannelId])
      expect(onSale.shipping_profile?.id).toBe(setUp.shipping_profile?.id)
      expect((await api.get(`/store/products/${product.id}`, store.storeHeaders)).status).toBe(200)

      const { mail } = await sink.next((email) => email.envelopeTo.includes(owner.email))
      expect(mail.subject).toBe("Tadamon: your cooperative is approved")

      expect((await api.post(`/admin/cooperatives/${cooperative.id}/approve`, {}, adminHeaders).catch(failed)).status).toBe(409)
    })

    it("refuses an application (rejecting a pending cooperative) with a reason, emailed to the owner", async () => {
      const { cooperative, owner } = await pendingShop("fr")
      const noReason = await api.post(`/admin/cooperatives/${cooperative.id}/reject`, { reason: " " }, adminHeaders).catch(failed)
      expect(noReason.status).toBe(400)
      expect(noReason.data.errors[0]).toEqual(expect.objectContaining({ field: "reason", code: "reason_required" }))

      const { data } = await api.post(`/admin/cooperatives/${cooperative.id}/reject`, { reason: "Dossier incomplet" }, adminHeaders)
      expect(data.cooperative).toEqual(expect.objectContaining({ status: "rejected", status_reason: "Dossier incomplet" }))
      const { mail } = await sink.next((email) => email.envelopeTo.includes(owner.email))
      expect(mail.subject).toBe("Tadamon : la candidature de votre coopérative n'a pas été retenue")
      expect(mail.text).toContain("Dossier incomplet")
      expect((await api.post(`/admin/cooperatives/${cooperative.id}/reject`, { reason: "Encore" }, adminHeaders).catch(failed)).status).toBe(409)
      expect((await api.post(`/admin/cooperatives/${cooperative.id}/suspend`, { reason: "Encore" }, adminHeaders).catch(failed)).status).toBe(409)
    })

    it("lists cooperatives by status and answers 404 for unknown ids", async () => {
      const { cooperative } = await pendingShop()
      await createCooperative(getContainer(), { status: "approved", handle: `approved-${Date.now()}` })
      const { data } = await api.get("/admin/cooperatives?status=pending", adminHeaders)
      expect(data.cooperatives.map((found: { id: string }) => found.id)).toEqual([cooperative.id])
      expect((await api.get("/admin/cooperatives/coop_nope", adminHeaders).catch(failed)).status).toBe(404)
      expect((await api.post("/admin/cooperatives/coop_nope/approve", {}, adminHeaders).catch(failed)).status).toBe(404)
      expect((await api.post("/admin/products/prod_nope/review", { decision: "publish" }, adminHeaders).catch(failed)).status).toBe(404)
      expect((await api.get("/admin/cooperatives?status=closed", adminHeaders).catch(failed)).status).toBe(400)
    })

    it("rolls an approval back when a late step fails: still pending, products off sale", async () => {
      const container = getContainer()
      const { cooperative, product } = await pendingShop()
      const workflow = approveCooperativeWorkflow(container)
      workflow.appendAction("fail-after-products", "get-cooperative-products", {
        invoke: async () => {
          throw new Error("Injected failure")
        },
      })
      const { errors } = await workflow.run({ input: { cooperative_id: cooperative.id }, throwOnError: false })
      expect(errors[0].error.message).toBe("Injected failure")
      const { data } = await api.get(`/admin/cooperatives/${cooperative.id}`, adminHeaders)
      expect(data.cooperative.status).toBe("pending")
      expect((await api.get(`/store/products/${product.id}`, store.storeHeaders).catch(failed)).status).toBe(404)
    })
  },
})
