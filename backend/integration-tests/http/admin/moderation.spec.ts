import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { COOPERATIVE_MODULE } from "../../../src/modules/cooperative"
import type CooperativeModuleService from "../../../src/modules/cooperative/service"
import { expireCooperativeDocumentsWorkflow } from "../../../src/workflows/moderation/expire-cooperative-documents"
import { suspendCooperativeWorkflow } from "../../../src/workflows/moderation/suspend-cooperative"
import { createOrganizer } from "../../fixtures/admin"
import { createCooperative, createCooperativeProduct, createStoreFixture, type StoreFixture } from "../../fixtures/catalog"
import { failed, type Headers, inDays, PDF, PNG, upload } from "../../fixtures/cooperative-portal"
import { signUpCustomer } from "../../fixtures/customer"
import { createMember } from "../../fixtures/member"
import { useSmtpSink } from "../notification/smtp-sink"

jest.setTimeout(240 * 1000)

const sink = useSmtpSink()

type Event = { action: string; target_type: string; target_id: string; actor_id: string | null; actor_email: string | null; reason: string | null; details: Record<string, unknown> | null }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreFixture
    let adminHeaders: Headers
    let organizer: { id: string; email: string }

    beforeEach(async () => {
      const container = getContainer()
      store = await createStoreFixture(container)
      const email = `organizer-${Date.now()}@tadamon.test`
      const created = await createOrganizer(container, email)
      adminHeaders = created.adminHeaders
      organizer = { id: created.user.id, email }
    })

    let sequence = 0
    async function shop(status: "pending" | "approved" = "pending", locale: "ar" | "fr" | "en" = "en") {
      sequence += 1
      const container = getContainer()
      const cooperative = await createCooperative(container, { status, locale, handle: `mod-${sequence}-${Date.now()}` })
      const owner = await createMember(container, cooperative.id, { email: `owner-${sequence}-${Date.now()}@coop.ma` })
      return { cooperative, owner: owner.member, headers: owner.headers }
    }

    async function events(cooperativeId: string): Promise<Event[]> {
      const { data } = await api.get(`/admin/cooperatives/${cooperativeId}/moderation-events`, adminHeaders)
      return data.events
    }

    const mailTo = (address: string, subject: string) => sink.next((email) => email.envelopeTo.includes(address) && email.mail.subject === subject)
    const inStore = async (productId: string) => (await api.get(`/store/products/${productId}`, store.storeHeaders).catch(failed)).status === 200

    async function listing(headers: Headers, extra: Record<string, unknown> = {}) {
      const [image] = await upload(api, headers, [{ name: "jar.png", content: PNG }])
      const { data } = await api.post(
        "/vendor/products",
        {
          title: "تين مجفف",
          description: "تين نابوت من تاونات.",
          translations: { fr: { title: "Figues sèches", description: "Figues Nabout de Taounate." }, en: { title: "Dried figs" } },
          option_title: "الوزن",
          variants: [
            { option_value: "500 g", price: 60, stock: 4 },
            { option_value: "1 kg", price: 110.5, stock: 2 },
          ],
          images: [image],
          ...extra,
        },
        headers
      )
      return data.product
    }

    it("rejects a pending application with a reason (logged, emailed, portal read-only) and can still approve it later", async () => {
      const { cooperative, owner, headers } = await shop("pending", "fr")
      const missing = await api.post(`/admin/cooperatives/${cooperative.id}/reject`, {}, adminHeaders).catch(failed)
      expect(missing.status).toBe(400)
      expect(missing.data.errors[0]).toEqual(expect.objectContaining({ field: "reason" }))
      const blank = await api.post(`/admin/cooperatives/${cooperative.id}/reject`, { reason: "  " }, adminHeaders).catch(failed)
      expect(blank.data.errors[0]).toEqual(expect.objectContaining({ field: "reason", code: "reason_required" }))
      // Suspension is for approved cooperatives only.
      expect((await api.post(`/admin/cooperatives/${cooperative.id}/suspend`, { reason: "Non" }, adminHeaders).catch(failed)).status).toBe(409)

      const { data } = await api.post(`/admin/cooperatives/${cooperative.id}/reject`, { reason: "Autorisation ONSSA manquante" }, adminHeaders)
      expect(data.cooperative).toEqual(expect.objectContaining({ status: "rejected", status_reason: "Autorisation ONSSA manquante", trusted: false }))
      const { mail } = await mailTo(owner.email, "Tadamon : la candidature de votre coopérative n'a pas été retenue")
      expect(mail.text).toContain("Motif\u00a0: Autorisation ONSSA manquante")

      // The cooperative reads its status and reason, and can no longer change anything.
      const me = await api.get("/vendor/me", headers)
      expect(me.data.cooperative).toEqual(expect.objectContaining({ status: "rejected", status_reason: "Autorisation ONSSA manquante" }))
      const write = await api.post("/vendor/products", { title: "عسل", option_title: "الوزن", variants: [{ option_value: "1 kg", price: 10 }] }, headers).catch(failed)
      expect(write.status).toBe(403)
      expect((await api.get("/admin/cooperatives?status=rejected", adminHeaders)).data.cooperatives.map((found: { id: string }) => found.id)).toEqual([cooperative.id])
      expect((await api.post(`/admin/cooperatives/${cooperative.id}/reject`, { reason: "Encore" }, adminHeaders).catch(failed)).status).toBe(409)

      const approved = await api.post(`/admin/cooperatives/${cooperative.id}/approve`, {}, adminHeaders)
      expect(approved.data.cooperative).toEqual(expect.objectContaining({ status: "approved", status_reason: null }))
      await mailTo(owner.email, "Tadamon : votre coopérative est approuvée")

      expect(await events(cooperative.id)).toEqual([
        expect.objectContaining({ action: "approve", target_type: "cooperative", target_id: cooperative.id, actor_id: organizer.id, actor_email: organizer.email, reason: null, details: { previous_status: "rejected" } }),
        expect.objectContaining({ action: "reject", actor_id: organizer.id, actor_email: organizer.email, reason: "Autorisation ONSSA manquante", details: { previous_status: "pending" } }),
      ])
    })

    it("suspends an approved cooperative with a reason and reinstates it: products off and back on sale, each step logged and emailed", async () => {
      const container = getContainer()
      const { cooperative, owner } = await shop("pending", "en")
      const product = await createCooperativeProduct(container, store, cooperative.id, { title: "عسل", handle: `honey-${Date.now()}` })
      await api.post(`/admin/cooperatives/${cooperative.id}/approve`, {}, adminHeaders)
      expect(await inStore(product.id)).toBe(true)
      expect((await api.post(`/admin/cooperatives/${cooperative.id}/reinstate`, {}, adminHeaders).catch(failed)).status).toBe(409)

      const noReason = await api.post(`/admin/cooperatives/${cooperative.id}/suspend`, { reason: "" }, adminHeaders).catch(failed)
      expect(noReason.status).toBe(400)
      expect(noReason.data.errors[0]).toEqual(expect.objectContaining({ field: "reason" }))
      const suspended = await api.post(`/admin/cooperatives/${cooperative.id}/suspend`, { reason: "Sanitary authorisation expired" }, adminHeaders)
      expect(suspended.data.cooperative).toEqual(expect.objectContaining({ status: "suspended", status_reason: "Sanitary authorisation expired" }))
      expect(await inStore(product.id)).toBe(false)
      const { mail } = await mailTo(owner.email, "Tadamon: your cooperative is suspended")
      expect(mail.text).toContain("Reason: Sanitary authorisation expired")

      const reinstated = await api.post(`/admin/cooperatives/${cooperative.id}/reinstate`, {}, adminHeaders)
      expect(reinstated.data.cooperative).toEqual(expect.objectContaining({ status: "approved", status_reason: null }))
      expect(await inStore(product.id)).toBe(true)
      await mailTo(owner.email, "Tadamon: your cooperative is reinstated")

      expect((await events(cooperative.id)).map((event) => [event.action, event.reason, event.actor_email])).toEqual([
        ["reinstate", null, organizer.email],
        ["suspend", "Sanitary authorisation expired", organizer.email],
        ["approve", null, organizer.email],
      ])
      expect((await api.get("/admin/cooperatives/coop_nope/moderation-events", adminHeaders).catch(failed)).status).toBe(404)
      expect((await api.post("/admin/cooperatives/coop_nope/reinstate", {}, adminHeaders).catch(failed)).status).toBe(404)
    })

    it("verifies a document with its expiry, refuses another with a reason; an expired label stops showing and the daily job logs it once", async () => {
      const container = getContainer()
      const { cooperative, owner, headers } = await shop("approved", "ar")
      const [file] = await upload(api, headers, [{ name: "igp.pdf", content: PDF }])
      const { data: filed } = await api.post(
        "/vendor/documents",
        { type: "igp", label_name: "Figue sèche Nabout de Taounate", number: "IGP-7", valid_until: inDays(30), file_url: file },
        headers
      )
      const igp = filed.document
      const { data: other } = await api.post("/vendor/documents", { type: "other", file_url: file }, headers)
      const verifyUrl = (id: string) => `/admin/cooperatives/${cooperative.id}/documents/${id}/verify`

      const badDay = await api.post(verifyUrl(igp.id), { decision: "verify", valid_until: "2026-02-30" }, adminHeaders).catch(failed)
      expect([badDay.status, badDay.data.errors[0]]).toEqual([400, expect.objectContaining({ field: "valid_until", code: "invalid_date" })])
      const past = await api.post(verifyUrl(igp.id), { decision: "verify", valid_until: inDays(-2) }, adminHeaders).catch(failed)
      expect([past.status, past.data.errors[0]]).toEqual([400, expect.objectContaining({ field: "valid_until", code: "date_in_past" })])
      const noReason = await api.post(verifyUrl(other.document.id), { decision: "refuse" }, adminHeaders).catch(failed)
      expect([noReason.status, noReason.data.errors[0]]).toEqual([400, expect.objectContaining({ field: "reason", code: "reason_required" })])

      const expiry = inDays(60)
      const { data } = await api.post(verifyUrl(igp.id), { decision: "verify", valid_until: expiry }, adminHeaders)
      expect(data.cooperative.documents.find((document: { id: string }) => document.id === igp.id)).toEqual(
        expect.objectContaining({ status: "verified", valid_until: `${expiry}T00:00:00.000Z`, is_valid: true })
      )
      await mailTo(owner.email, "تضامن: تم التحقق من وثيقتكم")
      await api.post(verifyUrl(other.document.id), { decision: "refuse", reason: "الوثيقة غير مقروءة" }, adminHeaders)
      const refusedMail = await mailTo(owner.email, "تضامن: لم تُقبل إحدى وثائقكم")
      expect(refusedMail.mail.text).toContain("السبب: الوثيقة غير مقروءة")

      // A product claiming the label, published: the store shows the label while it counts.
      const product = await listing(headers, { label_document_ids: [igp.id] })
      await api.post(`/admin/products/${product.id}/review`, { decision: "publish" }, adminHeaders)
      expect((await api.get(`/store/products/${product.id}/labels`, store.storeHeaders)).data.labels).toEqual([
        expect.objectContaining({ id: igp.id, type: "igp", name: "Figue sèche Nabout de Taounate" }),
      ])

      // Time passes: the day after its validity the document no longer counts, with no job run.
      const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
      await service.updateCooperativeDocuments({ id: igp.id, valid_until: new Date(Date.now() - 2 * 24 * 60 * 60 * 1000) })
      expect((await api.get(`/store/products/${product.id}/labels`, store.storeHeaders)).data.labels).toEqual([])
      const { data: detail } = await api.get(`/admin/cooperatives/${cooperative.id}`, adminHeaders)
      expect(detail.cooperative.documents.find((document: { id: string }) => document.id === igp.id)).toEqual(
        expect.objectContaining({ status: "verified", is_valid: false, is_expired: true })
      )

      // The daily job logs the expiry once and tells the cooperative.
      await expireCooperativeDocumentsWorkflow(container).run({ input: {} })
      await expireCooperativeDocumentsWorkflow(container).run({ input: {} })
      await mailTo(owner.email, "تضامن: انتهت صلاحية إحدى وثائقكم")
      const log = await events(cooperative.id)
      expect(log.filter((event) => event.action === "expire_document")).toEqual([
        expect.objectContaining({ target_type: "document", target_id: igp.id, actor_id: null, actor_email: null }),
      ])
      expect(log.find((event) => event.action === "verify_document")).toEqual(
        expect.objectContaining({ target_id: igp.id, actor_email: organizer.email, details: { type: "igp", valid_until: expiry } })
      )
      expect(log.find((event) => event.action === "refuse_document")).toEqual(
        expect.objectContaining({ target_id: other.document.id, actor_email: organizer.email, reason: "الوثيقة غير مقروءة" })
      )
    })

    it("lists proposed products with their preview in the review queue; publishing and rejecting with a reason are logged and emailed", async () => {
      const { cooperative, owner, headers } = await shop("approved", "fr")
      const first = await listing(headers)
      const second = await listing(headers, { title: "زيت الزيتون", translations: { fr: { title: "Huile d'olive" } } })

      const { data: queue } = await api.get("/admin/products/review-queue", adminHeaders)
      expect(queue.count).toBe(2)
      expect(queue.products.map((product: { id: string }) => product.id)).toEqual([first.id, second.id])
      expect(queue.products[0]).toEqual(
        expect.objectContaining({
          title: { ar: "تين مجفف", fr: "Figues sèches", en: "Dried figs" },
          description: { ar: "تين نابوت من تاونات.", fr: "Figues Nabout de Taounate.", en: null },
          images: [expect.stringMatching(/^http/)],
          variants: [
            expect.objectContaining({ option_value: "500 g", price: 60, currency_code: "mad" }),
            expect.objectContaining({ option_value: "1 kg", price: 110.5, currency_code: "mad" }),
          ],
          cooperative: expect.objectContaining({ id: cooperative.id, status: "approved", trusted: false }),
          labels: [],
        })
      )
      expect((await api.get("/admin/products/review-queue?limit=0", adminHeaders).catch(failed)).status).toBe(400)

      const noReason = await api.post(`/admin/products/${second.id}/review`, { decision: "reject" }, adminHeaders).catch(failed)
      expect([noReason.status, noReason.data.errors[0]]).toEqual([400, expect.objectContaining({ field: "reason" })])
      await api.post(`/admin/products/${second.id}/review`, { decision: "reject", reason: "Photo floue" }, adminHeaders)
      const { data: standing } = await api.get(`/admin/products/${second.id}/review`, adminHeaders)
      expect(standing).toEqual({
        product: { id: second.id, status: "rejected", review: expect.objectContaining({ status: "rejected", reason: "Photo floue" }) },
        cooperative: expect.objectContaining({ id: cooperative.id, status: "approved", trusted: false }),
      })
      const rejectedMail = await mailTo(owner.email, "Tadamon : votre produit n'a pas été retenu")
      expect(rejectedMail.mail.text).toContain("Huile d'olive")
      expect(rejectedMail.mail.text).toContain("Motif\u00a0: Photo floue")
      await api.post(`/admin/products/${first.id}/review`, { decision: "publish" }, adminHeaders)
      await mailTo(owner.email, "Tadamon : votre produit est publié")
      expect(await inStore(first.id)).toBe(true)
      expect((await api.get("/admin/products/review-queue", adminHeaders)).data.products).toEqual([])

      expect((await events(cooperative.id)).map((event) => [event.action, event.target_id, event.reason, event.actor_email])).toEqual([
        ["publish_product", first.id, null, organizer.email],
        ["reject_product", second.id, "Photo floue", organizer.email],
      ])
    })

    it("publishes a trusted cooperative's proposed products at once, logged as automatic; withdrawing trust sends them back to review", async () => {
      const { cooperative, headers } = await shop("approved")
      const badBody = await api.post(`/admin/cooperatives/${cooperative.id}/trust`, { trusted: "yes" }, adminHeaders).catch(failed)
      expect([badBody.status, badBody.data.errors[0]]).toEqual([400, expect.objectContaining({ field: "trusted" })])
      const trusted = await api.post(`/admin/cooperatives/${cooperative.id}/trust`, { trusted: true }, adminHeaders)
      expect(trusted.data.cooperative.trusted).toBe(true)
      expect((await api.post(`/admin/cooperatives/${cooperative.id}/trust`, { trusted: true }, adminHeaders).catch(failed)).status).toBe(409)

      const product = await listing(headers)
      expect(product.status).toBe("published")
      expect(await inStore(product.id)).toBe(true)
      // A material change is published again at once; a draft stays a draft.
      const edited = await api.post(`/vendor/products/${product.id}`, { title: "تين مجفف ممتاز" }, headers)
      expect(edited.data.product.status).toBe("published")
      const draft = await listing(headers, { status: "draft" })
      expect(draft.status).toBe("draft")

      await api.post(`/admin/cooperatives/${cooperative.id}/trust`, { trusted: false }, adminHeaders)
      const waiting = await listing(headers)
      expect(waiting.status).toBe("proposed")
      expect(await inStore(waiting.id)).toBe(false)

      const log = await events(cooperative.id)
      expect(log.map((event) => event.action)).toEqual(["distrust", "publish_product", "publish_product", "trust"])
      expect(log[1]).toEqual(expect.objectContaining({ target_id: product.id, actor_id: null, actor_email: null, details: expect.objectContaining({ automatic: true }) }))
      expect(log[3]).toEqual(expect.objectContaining({ actor_id: organizer.id, actor_email: organizer.email }))
    })

    it("answers 401 to anyone but an organizer: no session, a customer's token, a cooperative member's token", async () => {
      const { cooperative, headers: member } = await shop("approved")
      const customer = await signUpCustomer(api, store, `customer-${Date.now()}@example.ma`)
      const routes: Array<[method: "get" | "post", path: string, body?: unknown]> = [
        ["get", "/admin/cooperatives"],
        ["get", `/admin/cooperatives/${cooperative.id}`],
        ["get", `/admin/cooperatives/${cooperative.id}/moderation-events`],
        ["get", "/admin/products/review-queue"],
        ["get", "/admin/products/prod_x/review"],
        ["post", `/admin/cooperatives/${cooperative.id}/approve`, {}],
        ["post", `/admin/cooperatives/${cooperative.id}/reject`, { reason: "x" }],
        ["post", `/admin/cooperatives/${cooperative.id}/suspend`, { reason: "x" }],
        ["post", `/admin/cooperatives/${cooperative.id}/reinstate`, {}],
        ["post", `/admin/cooperatives/${cooperative.id}/trust`, { trusted: true }],
        ["post", `/admin/cooperatives/${cooperative.id}/documents/cdoc_x/verify`, { decision: "verify" }],
        ["post", "/admin/products/prod_x/review", { decision: "publish" }],
      ]
      const outcomes: string[] = []
      for (const [who, config] of [
        ["nobody", {}],
        ["customer", { headers: customer.headers }],
        ["member", member],
      ] as const) {
        for (const [method, path, body] of routes) {
          const response = method === "get" ? await api.get(path, config).catch(failed) : await api.post(path, body, config).catch(failed)
          outcomes.push(`${who} ${method} ${path} ${response.status}`)
        }
      }
      expect(outcomes.filter((outcome) => !outcome.endsWith(" 401"))).toEqual([])
      expect(await events(cooperative.id)).toEqual([])
      expect((await api.get(`/admin/cooperatives/${cooperative.id}`, adminHeaders)).data.cooperative.trusted).toBe(false)
    })

    it("rolls a rejection back when a step after the log entry fails: still pending, no log entry", async () => {
      const container = getContainer()
      const { cooperative } = await shop("pending")
      const workflow = suspendCooperativeWorkflow(container)
      workflow.appendAction("fail-after-log", "record-moderation-event", {
        invoke: async () => {
          throw new Error("Injected failure")
        },
      })
      const { errors } = await workflow.run({
        input: { cooperative_id: cooperative.id, reason: "Dossier incomplet", actor_id: organizer.id, transition: "reject" },
        throwOnError: false,
      })
      expect(errors[0].error.message).toBe("Injected failure")
      const { data } = await api.get(`/admin/cooperatives/${cooperative.id}`, adminHeaders)
      expect(data.cooperative).toEqual(expect.objectContaining({ status: "pending", status_reason: null }))
      expect(await events(cooperative.id)).toEqual([])
    })
  },
})
