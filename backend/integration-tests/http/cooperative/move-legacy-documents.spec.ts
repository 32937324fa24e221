import { Modules } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import moveLegacyDocumentsToPrivateStorage from "../../../src/migration-scripts/move-legacy-documents-to-private-storage"
import { COOPERATIVE_MODULE } from "../../../src/modules/cooperative"
import type CooperativeModuleService from "../../../src/modules/cooperative/service"
import { createOrganizer } from "../../fixtures/admin"
import { createCooperative } from "../../fixtures/catalog"
import { failed, PDF, upload } from "../../fixtures/cooperative-portal"
import { createMember } from "../../fixtures/member"

jest.setTimeout(180 * 1000)

/** A PDF whose bytes are found nowhere else: the marker tells where its bytes end up. */
function markedPdf() {
  const marker = `tadamon-legacy-${Date.now()}-${Math.random().toString(36).slice(2)}`
  return { marker, content: Buffer.concat([PDF, Buffer.from(`% ${marker}\n`)]) }
}

/** Names of the files under /static (the folder it serves) that hold `marker`. */
function servedFilesHolding(marker: string): string[] {
  const served = join(process.cwd(), "static")
  const entries = existsSync(served) ? readdirSync(served, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()) : []
  return entries.filter((entry) => readFileSync(join(entry.parentPath, entry.name)).includes(marker)).map((entry) => entry.name)
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const bytes = { responseType: "arraybuffer" }

    async function shop() {
      const container = getContainer()
      const cooperative = await createCooperative(container, { handle: `legacy-${Date.now()}-${Math.random().toString(36).slice(2, 6)}` })
      const { headers } = await createMember(container, cooperative.id)
      return { cooperative, headers }
    }

    /** A file uploaded as documents were before they were private: public, under /static. */
    async function publicUpload(name: string, content: Buffer) {
      const {
        result: [file],
      } = await uploadFilesWorkflow(getContainer()).run({
        input: { files: [{ filename: name, mimeType: "application/pdf", content: content.toString("base64"), access: "public" }] },
      })
      return { key: file.id, path: new URL(file.url).pathname }
    }

    /** A document as Migration20261206233006 left a legacy one: `file_id` holds the public file's key. */
    async function legacyDocument(cooperativeId: string, fileId: string) {
      const cooperatives: CooperativeModuleService = getContainer().resolve(COOPERATIVE_MODULE)
      return cooperatives.createCooperativeDocuments({ cooperative_id: cooperativeId, type: "sanitary_authorisation", file_id: fileId })
    }

    it("moves legacy documents' public files to private storage once: gone from /static, still served to the cooperative's members", async () => {
      const container = getContainer()
      const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
      const a = await shop()
      const b = await shop()
      const { adminHeaders } = await createOrganizer(container)

      const onssa = markedPdf()
      const legacy = await publicUpload("onssa.pdf", onssa.content)
      const document = await legacyDocument(a.cooperative.id, legacy.key)
      // Before private uploads, the file-name check let another cooperative file the same file.
      const borrowed = await legacyDocument(b.cooperative.id, legacy.key)
      const withdrawnFile = markedPdf()
      const withdrawnLegacy = await publicUpload("refused.pdf", withdrawnFile.content)
      const withdrawn = await legacyDocument(a.cooperative.id, withdrawnLegacy.key)
      await cooperatives.softDeleteCooperativeDocuments([withdrawn.id])
      const missing = await legacyDocument(a.cooperative.id, "1733500000000-gone.pdf")
      const [currentFile] = await upload(api, a.headers, [{ name: "current.pdf", content: PDF }])
      const current = await legacyDocument(a.cooperative.id, currentFile)

      // As they were: anyone reads them under /static.
      expect(Buffer.from((await api.get(legacy.path, bytes)).data).equals(onssa.content)).toBe(true)
      expect(servedFilesHolding(onssa.marker)).toHaveLength(1)

      const outcome = await moveLegacyDocumentsToPrivateStorage({ container })
      expect({ ...outcome, moved: [...outcome.moved].sort() }).toEqual({
        moved: [document.id, borrowed.id, withdrawn.id].sort(),
        missing: [missing.id],
        unrecognised: [],
      })

      // No longer public, by their old URLs or anywhere under /static.
      for (const path of [legacy.path, withdrawnLegacy.path]) {
        expect({ path, status: (await api.get(path).catch(failed)).status }).toEqual({ path, status: 404 })
      }
      expect(servedFilesHolding(onssa.marker)).toEqual([])
      expect(servedFilesHolding(withdrawnFile.marker)).toEqual([])

      // Served to the cooperative's members and to organizers, as a recorded private document.
      const documents = await cooperatives.listCooperativeDocuments({}, { select: ["id", "file_id", "cooperative_id"], withDeleted: true })
      const fileOf = (id: string) => documents.find((candidate) => candidate.id === id)?.file_id ?? ""
      for (const [who, path, headers] of [
        ["member of A", `/vendor/documents/${document.id}/file`, a.headers],
        ["organizer", `/admin/cooperatives/${a.cooperative.id}/documents/${document.id}/file`, adminHeaders],
        ["member of B", `/vendor/documents/${borrowed.id}/file`, b.headers],
      ] as const) {
        const opened = await api.get(path, { ...headers, ...bytes })
        expect({ who, type: opened.headers["content-type"], same: Buffer.from(opened.data).equals(onssa.content) }).toEqual({
          who,
          type: "application/pdf",
          same: true,
        })
      }
      expect((await api.get(`/vendor/documents/${document.id}/file`, b.headers).catch(failed)).status).toBe(404)
      // Each cooperative owns its own copy, recorded as its private document upload.
      expect(fileOf(document.id)).not.toEqual(fileOf(borrowed.id))
      for (const [id, cooperativeId] of [
        [document.id, a.cooperative.id],
        [borrowed.id, b.cooperative.id],
        [withdrawn.id, a.cooperative.id],
      ]) {
        const uploads = await cooperatives.listCooperativeUploads({ file_id: fileOf(id) })
        expect(uploads).toEqual([expect.objectContaining({ cooperative_id: cooperativeId, kind: "document", mime_type: "application/pdf", url: null })])
      }
      const files = container.resolve(Modules.FILE)
      expect((await files.getAsBuffer(fileOf(withdrawn.id))).equals(withdrawnFile.content)).toBe(true)
      // A document whose file is gone, and one already private, are left as they were.
      expect([fileOf(missing.id), fileOf(current.id)]).toEqual(["1733500000000-gone.pdf", currentFile])

      // Once only: a second run moves nothing and changes nothing.
      const again = await moveLegacyDocumentsToPrivateStorage({ container })
      expect(again).toEqual({ moved: [], missing: [missing.id], unrecognised: [] })
      const after = await cooperatives.listCooperativeDocuments({}, { select: ["id", "file_id"], withDeleted: true })
      expect(after.map(({ id, file_id }) => [id, file_id]).sort()).toEqual(documents.map(({ id, file_id }) => [id, file_id]).sort())
    })
  },
})
