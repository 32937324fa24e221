import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { UPLOAD_MAX_BYTES } from "@tadamon/shared"
import { COOPERATIVE_MODULE } from "../../../../src/modules/cooperative"
import type CooperativeModuleService from "../../../../src/modules/cooperative/service"
import { createOrganizer } from "../../../fixtures/admin"
import { createCooperative } from "../../../fixtures/catalog"
import { failed, inDays, PDF, PNG, upload } from "../../../fixtures/cooperative-portal"
import { createMember } from "../../../fixtures/member"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    async function shop() {
      const container = getContainer()
      const cooperative = await createCooperative(container, { handle: `docs-${Date.now()}-${Math.random().toString(36).slice(2, 6)}` })
      const { headers } = await createMember(container, cooperative.id)
      return { cooperative, headers }
    }

    it("uploads images and PDFs recognised by their content, refusing other types and oversized files", async () => {
      const { headers } = await shop()
      const urls = await upload(api, headers, [
        { name: "شهادة.pdf", content: PDF, type: "application/pdf" },
        { name: "photo.png", content: PNG, type: "image/png" },
      ])
      expect(urls).toHaveLength(2)
      expect(urls[0]).toMatch(/^http:\/\/localhost:\d+\/static\/.+\.pdf$/)
      expect(urls[1]).toMatch(/\.png$/)

      const post = (files: Array<{ name: string; content: Buffer; type: string }>) => {
        const form = new FormData()
        files.forEach((file) => form.append("files", new Blob([new Uint8Array(file.content)], { type: file.type }), file.name))
        return api.post("/vendor/uploads", form, headers).catch(failed)
      }
      // A script renamed .png is refused whatever type the browser declares.
      const script = await post([{ name: "x.png", content: Buffer.from("<script>alert(1)</script>"), type: "image/png" }])
      expect(script.status).toBe(400)
      expect(script.data.errors[0]).toEqual(expect.objectContaining({ field: "files.0", code: "file_type" }))
      const big = await post([{ name: "big.pdf", content: Buffer.concat([PDF, Buffer.alloc(UPLOAD_MAX_BYTES)]), type: "application/pdf" }])
      expect(big.status).toBe(400)
      expect(big.data.errors[0]).toEqual(expect.objectContaining({ field: "files", code: "file_too_large" }))
      const none = await api.post("/vendor/uploads", new FormData(), headers).catch(failed)
      expect(none.status).toBe(400)
      expect(none.data.errors[0]).toEqual(expect.objectContaining({ field: "files", code: "required" }))
      expect((await api.post("/vendor/uploads", new FormData()).catch(failed)).status).toBe(401)
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

    it.each([
      [{ valid_until: "2001-01-01" }, "valid_until", "date_in_past"],
      [{ type: "igp", label_name: "" }, "label_name", "required"],
      [{ type: "licence" }, "type", "invalid_value"],
      [{ file_url: "ftp://elsewhere/x.pdf" }, "file_url", "invalid_file_url"],
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
