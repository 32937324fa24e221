import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createOrganizer } from "../../../fixtures/admin"
import { createCooperative, createStoreFixture, type StoreFixture } from "../../../fixtures/catalog"
import { signUpCustomer } from "../../../fixtures/customer"
import { applicationBody, failed, type Headers, inDays, PDF, registerIdentity, bearer, upload } from "../../../fixtures/cooperative-portal"
import { createMember } from "../../../fixtures/member"

jest.setTimeout(300 * 1000)

type Method = "get" | "post" | "delete"
type Route = { method: Method; path: string; body?: unknown; write: boolean }

/**
 * Every route this part of the portal adds, with every verb: who may call it, and what a member
 * of one cooperative gets with another's ids, a suspended cooperative, a customer, nobody.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreFixture

    beforeEach(async () => {
      store = await createStoreFixture(getContainer())
    })

    /** A cooperative with an owner, a second member, a product, a document and a pending invitation. */
    async function cooperativeWithEverything(name: string) {
      const container = getContainer()
      const cooperative = await createCooperative(container, { handle: `${name}-${Date.now()}`, status: "approved" })
      const owner = await createMember(container, cooperative.id, { email: `owner-${name}-${Date.now()}@coop.ma` })
      const member = await createMember(container, cooperative.id, { role: "member", email: `member-${name}-${Date.now()}@coop.ma` })
      const [file] = await upload(api, owner.headers, [{ name: "doc.pdf", content: PDF }])
      const { data: document } = await api.post("/vendor/documents", { type: "sanitary_authorisation", valid_until: inDays(100), file_url: file }, owner.headers)
      const { data: product } = await api.post(
        "/vendor/products",
        { title: "منتوج", option_title: "الوزن", variants: [{ option_value: "1 kg", price: 50, stock: 5 }] },
        owner.headers
      )
      const { data: invitation } = await api.post("/vendor/members/invitations", { email: `invitee-${name}-${Date.now()}@coop.ma` }, owner.headers)
      return {
        cooperative,
        owner: owner.headers,
        member: member.headers,
        memberId: member.member.id,
        documentId: document.document.id,
        productId: product.product.id,
        variantId: product.product.variants[0].id,
        invitationId: invitation.invitation.id,
      }
    }

    type Shop = Awaited<ReturnType<typeof cooperativeWithEverything>>

    /** The member routes, addressed with `ids` (their own, or another cooperative's). */
    function memberRoutes(ids: Shop, fileUrl?: string): Route[] {
      return [
        { method: "get", path: "/vendor/members", write: false },
        { method: "delete", path: `/vendor/members/${ids.memberId}`, write: true },
        { method: "get", path: "/vendor/members/invitations", write: false },
        { method: "post", path: "/vendor/members/invitations", body: { email: `new-${Date.now()}@coop.ma` }, write: true },
        { method: "delete", path: `/vendor/members/invitations/${ids.invitationId}`, write: true },
        { method: "get", path: "/vendor/documents", write: false },
        { method: "post", path: "/vendor/documents", body: { type: "other", file_url: fileUrl ?? "http://x/y.pdf" }, write: true },
        { method: "get", path: `/vendor/documents/${ids.documentId}`, write: false },
        { method: "get", path: `/vendor/documents/${ids.documentId}/file`, write: false },
        { method: "delete", path: `/vendor/documents/${ids.documentId}`, write: true },
        { method: "post", path: "/vendor/uploads", body: "form", write: true },
        { method: "get", path: "/vendor/products", write: false },
        { method: "post", path: "/vendor/products", body: { title: "جديد", option_title: "الوزن", variants: [{ option_value: "1 kg", price: 10 }] }, write: true },
        { method: "get", path: `/vendor/products/${ids.productId}`, write: false },
        { method: "post", path: `/vendor/products/${ids.productId}`, body: { title: "عنوان جديد" }, write: true },
        { method: "delete", path: `/vendor/products/${ids.productId}`, write: true },
        { method: "post", path: `/vendor/products/${ids.productId}/status`, body: { status: "draft" }, write: true },
        { method: "post", path: `/vendor/products/${ids.productId}/variants/${ids.variantId}/stock`, body: { quantity: 7 }, write: true },
      ]
    }

    function adminRoutes(ids: Shop): Route[] {
      return [
        { method: "get", path: "/admin/cooperatives", write: false },
        { method: "get", path: `/admin/cooperatives/${ids.cooperative.id}`, write: false },
        { method: "post", path: `/admin/cooperatives/${ids.cooperative.id}/approve`, body: {}, write: true },
        { method: "post", path: `/admin/cooperatives/${ids.cooperative.id}/suspend`, body: { reason: "x" }, write: true },
        { method: "get", path: `/admin/cooperatives/${ids.cooperative.id}/documents/${ids.documentId}/file`, write: false },
        { method: "post", path: `/admin/cooperatives/${ids.cooperative.id}/documents/${ids.documentId}/verify`, body: { decision: "verify" }, write: true },
        { method: "post", path: `/admin/products/${ids.productId}/review`, body: { decision: "publish" }, write: true },
      ]
    }

    async function call(route: Route, headers?: Headers) {
      const config = headers ?? {}
      if (route.method === "get") {
        return api.get(route.path, config).catch(failed)
      }
      if (route.method === "delete") {
        return api.delete(route.path, config).catch(failed)
      }
      const body = route.body === "form" ? formWithPdf() : route.body
      return api.post(route.path, body, config).catch(failed)
    }

    function formWithPdf() {
      const form = new FormData()
      form.append("kind", "document")
      form.append("files", new Blob([new Uint8Array(PDF)], { type: "application/pdf" }), "x.pdf")
      return form
    }

    it("answers 401 without a session, with a customer's token, and (admin routes) with a member's", async () => {
      const shop = await cooperativeWithEverything("a")
      const customer = await signUpCustomer(api, store, "customer@example.ma")
      const registering: Route[] = [
        { method: "post", path: "/vendor/applications", body: applicationBody(), write: true },
        { method: "post", path: "/vendor/invitations/accept", body: { token: "x", first_name: "A", last_name: "B" }, write: true },
      ]
      const outcomes: string[] = []
      for (const route of [...memberRoutes(shop), ...registering, ...adminRoutes(shop)]) {
        outcomes.push(`${route.method} ${route.path} anonymous ${(await call(route)).status}`)
        outcomes.push(`${route.method} ${route.path} customer ${(await call(route, { headers: customer.headers })).status}`)
      }
      for (const route of adminRoutes(shop)) {
        outcomes.push(`${route.method} ${route.path} member ${(await call(route, shop.owner)).status}`)
      }
      expect(outcomes.filter((outcome) => !outcome.endsWith(" 401"))).toEqual([])
    })

    it("answers 404 to a member of one cooperative using another's ids, and changes nothing", async () => {
      const a = await cooperativeWithEverything("a")
      const b = await cooperativeWithEverything("b")
      const [fileA] = await upload(api, a.owner, [{ name: "a.pdf", content: PDF }])
      const withIds = memberRoutes(b, fileA).filter((route) => /\/(cmem|cinv|cdoc|prod)_/.test(route.path))
      expect(withIds).toHaveLength(10)
      const outcomes = []
      for (const route of withIds) {
        outcomes.push(`${route.method} ${route.path} ${(await call(route, a.owner)).status}`)
      }
      expect(outcomes.filter((outcome) => !outcome.endsWith(" 404"))).toEqual([])
      // A's product with B's variant.
      const mixed = await api.post(`/vendor/products/${a.productId}/variants/${b.variantId}/stock`, { quantity: 1 }, a.owner).catch(failed)
      expect(mixed.status).toBe(404)
      // B's things are untouched.
      const { data } = await api.get(`/vendor/products/${b.productId}`, b.owner)
      expect(data.product).toEqual(expect.objectContaining({ title: "منتوج", status: "proposed" }))
      expect(data.product.variants[0].stock).toBe(5)
      expect((await api.get(`/vendor/documents/${b.documentId}`, b.owner)).status).toBe(200)
      expect((await api.get("/vendor/members", b.owner)).data.members).toHaveLength(2)
    })

    it("lets a suspended cooperative read (200) but not write (403)", async () => {
      const shop = await cooperativeWithEverything("s")
      const [file] = await upload(api, shop.owner, [{ name: "s.pdf", content: PDF }])
      const { adminHeaders } = await createOrganizer(getContainer())
      await api.post(`/admin/cooperatives/${shop.cooperative.id}/suspend`, { reason: "Contrôle" }, adminHeaders)
      const outcomes = []
      for (const route of memberRoutes(shop, file)) {
        const { status } = await call(route, shop.owner)
        outcomes.push(`${route.method} ${route.path} ${status}${status === (route.write ? 403 : 200) ? "" : " unexpected"}`)
      }
      expect(outcomes.filter((outcome) => outcome.endsWith("unexpected"))).toEqual([])
    })

    it("keeps owner-only routes from other members (403)", async () => {
      const shop = await cooperativeWithEverything("m")
      const ownerOnly = memberRoutes(shop).filter((route) => route.path.startsWith("/vendor/members/") || (route.path === "/vendor/members/invitations"))
      const outcomes = []
      for (const route of ownerOnly) {
        outcomes.push(`${route.method} ${route.path} ${(await call(route, shop.member)).status}`)
      }
      expect(outcomes.filter((outcome) => !outcome.endsWith(" 403"))).toEqual([])
      expect((await api.get("/vendor/members", shop.member)).status).toBe(200)
    })

    it("answers 400 naming the field for bad input on every route that takes a body, never a 500", async () => {
      const shop = await cooperativeWithEverything("v")
      const { adminHeaders } = await createOrganizer(getContainer())
      const registering = bearer(await registerIdentity(api, `bad-${Date.now()}@coop.ma`))
      const cases: Array<[Method, string, unknown, Headers, string]> = [
        ["post", "/vendor/members/invitations", { email: "nope" }, shop.owner, "email"],
        ["post", "/vendor/documents", { type: "passport", file_url: "x" }, shop.owner, "type"],
        ["post", "/vendor/products", { title: "x", option_title: "الوزن", variants: [{ option_value: "1 kg", price: 10 }] }, shop.owner, "title"],
        ["post", "/vendor/products", { title: "عسل", option_title: "الوزن", variants: [] }, shop.owner, "variants"],
        ["post", `/vendor/products/${shop.productId}`, { variants: [{ option_value: "1 kg", price: 0.001 }] }, shop.owner, "variants.0.price"],
        ["post", `/vendor/products/${shop.productId}`, { description: "x".repeat(5001) }, shop.owner, "description"],
        ["post", `/vendor/products/${shop.productId}`, { images: ["https://elsewhere.example/a.png"] }, shop.owner, "images.0"],
        ["post", `/vendor/products/${shop.productId}/status`, { status: "published" }, shop.owner, "status"],
        ["post", `/vendor/products/${shop.productId}/variants/${shop.variantId}/stock`, { quantity: "many" }, shop.owner, "quantity"],
        ["post", "/vendor/applications", { ...applicationBody(), cooperative: { ...applicationBody().cooperative, sector: "cars" } }, registering, "cooperative.sector"],
        ["post", "/vendor/invitations/accept", { token: "", first_name: "A", last_name: "B" }, registering, "token"],
        ["post", `/admin/cooperatives/${shop.cooperative.id}/suspend`, {}, adminHeaders, "reason"],
        ["post", `/admin/cooperatives/${shop.cooperative.id}/documents/${shop.documentId}/verify`, { decision: "maybe" }, adminHeaders, "decision"],
        ["post", `/admin/products/${shop.productId}/review`, { decision: "reject" }, adminHeaders, "reason"],
        ["get", "/vendor/products?offset=-1", undefined, shop.owner, "offset"],
        ["get", "/admin/cooperatives?limit=1000", undefined, adminHeaders, "limit"],
      ]
      const outcomes = []
      for (const [method, path, body, headers, field] of cases) {
        const response = await call({ method, path, body, write: method !== "get" }, headers)
        const fields = (response.data.errors ?? []).map((error: { field: string }) => error.field)
        outcomes.push({ path, field, status: response.status, named: fields.includes(field) })
      }
      expect(outcomes.filter((outcome) => outcome.status !== 400 || !outcome.named)).toEqual([])
      // Malformed JSON is a 400 too.
      const malformed = await api
        .post("/vendor/products", "{ nope", { headers: { ...shop.owner.headers, "content-type": "application/json" } })
        .catch(failed)
      expect(malformed.status).toBe(400)
    })
  },
})
