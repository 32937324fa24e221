import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateJwtToken, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { UPLOAD_MAX_BYTES } from "@tadamon/shared"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { COOPERATIVE_MODULE } from "../../../../src/modules/cooperative"
import type CooperativeModuleService from "../../../../src/modules/cooperative/service"
import { createOrganizer } from "../../../fixtures/admin"
import { createCooperative } from "../../../fixtures/catalog"
import { applicationBody, bearer, failed, inDays, PDF, PNG, registerIdentity, signIn, upload } from "../../../fixtures/cooperative-portal"
import { createMember } from "../../../fixtures/member"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    /** A signed-in customer's bearer headers (the `customer` actor). */
    async function customerHeaders(container: MedusaContainer) {
      const email = `customer-${Date.now()}@example.ma`
      const customer = await container.resolve(Modules.CUSTOMER).createCustomers({ email, has_account: true })
      const identity = await container.resolve(Modules.AUTH).createAuthIdentities({
        provider_identities: [{ provider: "emailpass", entity_id: email }],
        app_metadata: { customer_id: customer.id },
      })
      const { projectConfig } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
      const token = generateJwtToken(
        { actor_id: customer.id, actor_type: "customer", auth_identity_id: identity.id, app_metadata: { customer_id: customer.id } },
        { secret: projectConfig.http.jwtSecret, expiresIn: "1d" }
      )
      return bearer(token)
    }

    async function shop() {
      const container = getContainer()
      const cooperative = await createCooperative(container, { handle: `docs-${Date.now()}-${Math.random().toString(36).slice(2, 6)}` })
      const { headers } = await createMember(container, cooperative.id)
      return { cooperative, headers }
    }

    it("uploads photos (images, public) and documents (images or PDF, private) recognised by their content", async () => {
      const { headers } = await shop()
      const [pdf, png] = await upload(api, headers, [{ name: "شهادة.pdf", content: PDF }, { name: "scan.png", content: PNG }], "document")
      expect(pdf).toMatch(/\.pdf$/)
      expect(png).toMatch(/\.png$/)
      const [photo] = await upload(api, headers, [{ name: "photo.png", content: PNG }])
      expect(photo).toMatch(/^http:\/\/localhost:\d+\/static\/.+\.png$/)

      const post = (files: Array<{ name: string; content: Buffer; type: string }>, kind?: string) => {
        const form = new FormData()
        if (kind !== undefined) {
          form.append("kind", kind)
        }
        files.forEach((file) => form.append("files", new Blob([new Uint8Array(file.content)], { type: file.type }), file.name))
        return api.post("/vendor/uploads", form, headers).catch(failed)
      }
      const pdfFile = { name: "x.pdf", content: PDF, type: "application/pdf" }
      // A script renamed .png is refused whatever type the browser declares.
      const script = await post([{ name: "x.png", content: Buffer.from("<script>alert(1)</script>"), type: "image/png" }], "document")
      expect(script.status).toBe(400)
      expect(script.data.errors[0]).toEqual(expect.objectContaining({ field: "files.0", code: "file_type" }))
      const pdfPhoto = await post([pdfFile], "photo")
      expect([pdfPhoto.status, pdfPhoto.data.errors[0]]).toEqual([400, expect.objectContaining({ field: "files.0", code: "image_type" })])
      for (const [kind, code] of [[undefined, "required"], ["public", "invalid_value"]]) {
        const refused = await post([pdfFile], kind)
        expect([kind, refused.status, refused.data.errors[0]]).toEqual([kind, 400, expect.objectContaining({ field: "kind", code })])
      }
      const big = await post([{ name: "big.pdf", content: Buffer.concat([PDF, Buffer.alloc(UPLOAD_MAX_BYTES)]), type: "application/pdf" }], "document")
      expect(big.status).toBe(400)
      expect(big.data.errors[0]).toEqual(expect.objectContaining({ field: "files", code: "file_too_large" }))
      const none = await post([], "document")
      expect(none.status).toBe(400)
      expect(none.data.errors[0]).toEqual(expect.objectContaining({ field: "files", code: "required" }))
      expect((await api.post("/vendor/uploads", new FormData()).catch(failed)).status).toBe(401)

      // Someone registering attaches documents only: nothing public.
      const registering = bearer(await registerIdentity(api, `photo-${Date.now()}@coop.ma`))
      const form = new FormData()
      form.append("kind", "photo")
      form.append("files", new Blob([new Uint8Array(PNG)], { type: "image/png" }), "p.png")
      const applicantPhoto = await api.post("/vendor/uploads", form, registering).catch(failed)
      expect([applicantPhoto.status, applicantPhoto.data.errors[0]]).toEqual([400, expect.objectContaining({ field: "kind", code: "invalid_value" })])
    })

    it("files documents that count only once verified and unexpired; organizers verify or refuse them with a reason", async () => {
      const container = getContainer()
      const { cooperative, headers } = await shop()
      const [file] = await upload(api, headers, [{ name: "igp.pdf", content: PDF }])
      const created = await api.post(
        "/vendor/documents",
        { type: "igp", label_name: "Figue sèche Nabout de Taounate", number: "IGP-7", issuer: "MAPMDREF", valid_until: inDays(90), file_url: file },
        headers
      )
      const document = created.data.document
      expect(document).toEqual(expect.objectContaining({ status: "pending", is_valid: false, is_expired: false, label_name: "Figue sèche Nabout de Taounate" }))

      const { adminHeaders } = await createOrganizer(container)
      const noReason = await api
        .post(`/admin/cooperatives/${cooperative.id}/documents/${document.id}/verify`, { decision: "refuse" }, adminHeaders)
        .catch(failed)
      expect(noReason.status).toBe(400)
      expect(noReason.data.errors[0]).toEqual(expect.objectContaining({ field: "reason", code: "reason_required" }))

      await api.post(`/admin/cooperatives/${cooperative.id}/documents/${document.id}/verify`, { decision: "verify" }, adminHeaders)
      const { data: verified } = await api.get(`/vendor/documents/${document.id}`, headers)
      expect(verified.document).toEqual(expect.objectContaining({ status: "verified", is_valid: true }))
      expect(verified.document.verified_at).toBeTruthy()

      // Expiry is computed when read: no job needed.
      const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
      await service.updateCooperativeDocuments({ id: document.id, valid_until: new Date(Date.now() - 2 * 24 * 60 * 60 * 1000) })
      const { data: list } = await api.get("/vendor/documents", headers)
      expect(list.documents[0]).toEqual(expect.objectContaining({ id: document.id, status: "verified", is_valid: false, is_expired: true }))

      // A verified document stays; a refused one can be withdrawn.
      expect((await api.delete(`/vendor/documents/${document.id}`, headers).catch(failed)).status).toBe(409)
      const [other] = await upload(api, headers, [{ name: "bio.pdf", content: PDF }])
      const { data: second } = await api.post("/vendor/documents", { type: "organic", label_name: "Bio", valid_until: inDays(30), file_url: other }, headers)
      const refused = await api.post(
        `/admin/cooperatives/${cooperative.id}/documents/${second.document.id}/verify`,
        { decision: "refuse", reason: "Certificat illisible" },
        adminHeaders
      )
      expect(refused.data.cooperative.documents.find((candidate: { id: string }) => candidate.id === second.document.id)).toEqual(
        expect.objectContaining({ status: "refused", refusal_reason: "Certificat illisible" })
      )
      expect((await api.delete(`/vendor/documents/${second.document.id}`, headers)).data.deleted).toBe(true)
      expect((await api.get(`/vendor/documents/${second.document.id}`, headers).catch(failed)).status).toBe(404)
    })

    /** A PDF whose bytes are found nowhere else: the marker tells where its bytes end up. */
    function markedPdf() {
      const marker = `tadamon-private-${Date.now()}-${Math.random().toString(36).slice(2)}`
      return { marker, content: Buffer.concat([PDF, Buffer.from(`% ${marker}\n`)]) }
    }

    const listing = (images: string[]) => ({ title: "عسل", option_title: "الوزن", variants: [{ option_value: "1 kg", price: 90 }], images })

    it("refuses, naming the field, a URL elsewhere that ends with an existing key, as a product image and as a document", async () => {
      const { headers } = await shop()
      const [photo] = await upload(api, headers, [{ name: "jar.png", content: PNG }])
      const [documentId] = await upload(api, headers, [{ name: "onssa.pdf", content: PDF }])
      const photoKey = new URL(photo).pathname.split("/").pop() ?? ""
      for (const image of [`https://attacker.example/${photoKey}`, `https://attacker.example/static/${photoKey}`, `${photo}?x=1`, photoKey]) {
        const refused = await api.post("/vendor/products", listing([image]), headers).catch(failed)
        expect([image, refused.status, refused.data.errors]).toEqual([image, 400, [expect.objectContaining({ field: "images.0", code: "invalid_file_url" })]])
      }
      for (const file_url of [`https://attacker.example/${documentId}`, `http://localhost/static/${documentId}`, photo]) {
        const refused = await api.post("/vendor/documents", { type: "other", file_url }, headers).catch(failed)
        expect([file_url, refused.status, refused.data.errors]).toEqual([file_url, 400, [expect.objectContaining({ field: "file_url", code: "invalid_file_url" })]])
      }
      // Its own files, each for its use, pass; a document is never a product image.
      expect((await api.post("/vendor/products", listing([photo]), headers)).data.product.images).toEqual([expect.objectContaining({ url: photo })])
      expect((await api.post("/vendor/documents", { type: "other", file_url: documentId }, headers)).status).toBe(200)
      const documentAsImage = await api.post("/vendor/products", listing([documentId]), headers).catch(failed)
      expect([documentAsImage.status, documentAsImage.data.errors[0].field]).toEqual([400, "images.0"])
    })

    it("keeps each cooperative's and each applicant's uploads their own", async () => {
      const a = await shop()
      const b = await shop()
      const [theirPhoto] = await upload(api, b.headers, [{ name: "b.png", content: PNG }])
      const [theirDocument] = await upload(api, b.headers, [{ name: "b.pdf", content: PDF }])
      const photoRefused = await api.post("/vendor/products", listing([theirPhoto]), a.headers).catch(failed)
      expect([photoRefused.status, photoRefused.data.errors]).toEqual([400, [expect.objectContaining({ field: "images.0", code: "invalid_file_url" })]])
      const documentRefused = await api.post("/vendor/documents", { type: "other", file_url: theirDocument }, a.headers).catch(failed)
      expect([documentRefused.status, documentRefused.data.errors]).toEqual([400, [expect.objectContaining({ field: "file_url", code: "invalid_file_url" })]])
      // Nor can someone applying claim a cooperative's file or another applicant's.
      const email = `applicant-${Date.now()}@coop.ma`
      const applicant = bearer(await registerIdentity(api, email))
      const other = bearer(await registerIdentity(api, `other-${Date.now()}@coop.ma`))
      const [othersDocument] = await upload(api, other, [{ name: "o.pdf", content: PDF }])
      for (const file_url of [theirDocument, othersDocument]) {
        const body = applicationBody({ documents: [{ type: "sanitary_authorisation", valid_until: inDays(30), file_url }] })
        const refused = await api.post("/vendor/applications", body, applicant).catch(failed)
        expect([refused.status, refused.data.errors]).toEqual([400, [expect.objectContaining({ field: "documents.0.file_url", code: "invalid_file_url" })]])
      }
      // The applicant's own document passes, and its files belong to the new cooperative from then on.
      const { marker, content } = markedPdf()
      const [own] = await upload(api, applicant, [{ name: "onssa.pdf", content }])
      const { data } = await api.post(
        "/vendor/applications",
        applicationBody({ documents: [{ type: "sanitary_authorisation", valid_until: inDays(30), file_url: own }] }),
        applicant
      )
      const service: CooperativeModuleService = getContainer().resolve(COOPERATIVE_MODULE)
      expect(await service.listCooperativeUploads({ file_id: own })).toEqual([expect.objectContaining({ cooperative_id: data.cooperative.id, kind: "document" })])
      const owner = await signIn(api, email)
      const opened = await api.get(`/vendor/documents/${data.documents[0].id}/file`, { ...owner, responseType: "arraybuffer" })
      expect(Buffer.from(opened.data).toString("latin1")).toContain(marker)
      expect((await api.get(`/vendor/documents/${data.documents[0].id}/file`, a.headers).catch(failed)).status).toBe(404)
    })

    it("serves a document only to its cooperative's members and to organizers, never under /static; photos stay public", async () => {
      const container = getContainer()
      const { cooperative, headers } = await shop()
      const member = await createMember(container, cooperative.id, { role: "member" })
      const outsider = await shop()
      const { adminHeaders } = await createOrganizer(container)
      const customer = await customerHeaders(container)

      const { marker, content } = markedPdf()
      const [fileId] = await upload(api, headers, [{ name: "onssa.pdf", content }])
      const { data } = await api.post("/vendor/documents", { type: "sanitary_authorisation", valid_until: inDays(60), file_url: fileId }, headers)
      const vendorPath = `/vendor/documents/${data.document.id}/file`
      const adminPath = `/admin/cooperatives/${cooperative.id}/documents/${data.document.id}/file`
      const bytes = { responseType: "arraybuffer" }

      for (const reader of [headers, member.headers]) {
        const opened = await api.get(vendorPath, { ...reader, ...bytes })
        expect(opened.headers["content-type"]).toBe("application/pdf")
        expect(opened.headers["cache-control"]).toBe("private, no-store")
        expect(Buffer.from(opened.data).equals(content)).toBe(true)
      }
      const organizer = await api.get(adminPath, { ...adminHeaders, ...bytes })
      expect(Buffer.from(organizer.data).equals(content)).toBe(true)

      const refusals = [
        ["anonymous vendor", await api.get(vendorPath).catch(failed), 401],
        ["customer vendor", await api.get(vendorPath, customer).catch(failed), 401],
        ["other cooperative vendor", await api.get(vendorPath, outsider.headers).catch(failed), 404],
        ["anonymous admin", await api.get(adminPath).catch(failed), 401],
        ["customer admin", await api.get(adminPath, customer).catch(failed), 401],
        ["member admin", await api.get(adminPath, headers).catch(failed), 401],
        ["organizer, wrong cooperative", await api.get(`/admin/cooperatives/${outsider.cooperative.id}/documents/${data.document.id}/file`, adminHeaders).catch(failed), 404],
      ] as const
      expect(refusals.map(([who, response]) => [who, response.status])).toEqual(refusals.map(([who, , status]) => [who, status]))
      expect(JSON.stringify(data.document)).not.toContain(fileId)

      // Not under /static, by its key or anywhere in the folder /static serves.
      expect((await api.get(`/static/${encodeURIComponent(fileId)}`).catch(failed)).status).toBe(404)
      const served = join(process.cwd(), "static")
      const publicFiles = existsSync(served) ? readdirSync(served, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()) : []
      const leaked = publicFiles.filter((entry) => readFileSync(join(entry.parentPath, entry.name)).includes(marker))
      expect(leaked.map((entry) => entry.name)).toEqual([])

      // Product photos are still public.
      const [photo] = await upload(api, headers, [{ name: "jar.png", content: PNG }])
      const shown = await api.get(new URL(photo).pathname, bytes)
      expect(Buffer.from(shown.data).equals(PNG)).toBe(true)
    })

    it.each([
      [{ valid_until: "2001-01-01" }, "valid_until", "date_in_past"],
      [{ type: "igp", label_name: "" }, "label_name", "required"],
      [{ type: "licence" }, "type", "invalid_value"],
      [{ file_url: "ftp://elsewhere/x.pdf" }, "file_url", "invalid_file_url"],
      [{ file_url: "https://attacker.example/x.pdf" }, "file_url", "invalid_file_url"],
      [{ file_url: undefined }, "file_url", "required"],
    ])("refuses %j naming %s", async (change, field, code) => {
      const { headers } = await shop()
      const [file] = await upload(api, headers, [{ name: "doc.pdf", content: PDF }])
      const body = { type: "sanitary_authorisation", valid_until: inDays(10), file_url: file, ...change }
      const refused = await api.post("/vendor/documents", body, headers).catch(failed)
      expect(refused.status).toBe(400)
      expect(refused.data.errors).toEqual([expect.objectContaining({ field, code })])
    })
  },
})
