import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { pipeline } from "node:stream/promises"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"

/**
 * Whether the File Module's provider signs download URLs (S3-compatible storage). Medusa's local
 * provider does not: its private folder is not served at all, so the file is streamed from here.
 */
function providerSignsUrls(scope: Pick<MedusaContainer, "resolve">): boolean {
  const { modules } = scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const file = modules?.[Modules.FILE]
  const providers = typeof file === "object" ? file.options?.providers : undefined
  return (
    Array.isArray(providers) &&
    providers.some((provider: unknown) => {
      const resolve = typeof provider === "object" && provider !== null && "resolve" in provider ? provider.resolve : null
      return typeof resolve === "string" && !/file-local$/.test(resolve)
    })
  )
}

/** A download name from the file's key: its last segment, plain characters only. */
function downloadName(fileId: string): string {
  return (fileId.split("/").pop() ?? "document").replace(/[^A-Za-z0-9._-]+/g, "-") || "document"
}

/**
 * Answers a cooperative's document file to someone allowed to read it (a member of that
 * cooperative, or an organizer): a redirect to a short-lived signed URL when the storage signs
 * them, otherwise the bytes themselves, never cached. A document of another cooperative, or a
 * file that is gone, is a 404.
 */
export async function sendDocumentFile(
  scope: Pick<MedusaContainer, "resolve">,
  res: MedusaResponse,
  { cooperative_id, document_id }: { cooperative_id: string; document_id: string }
) {
  const cooperatives: CooperativeModuleService = scope.resolve(COOPERATIVE_MODULE)
  const [document] = await cooperatives.listCooperativeDocuments({ id: document_id, cooperative_id }, { select: ["id", "file_id"] })
  if (!document) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Document ${document_id} was not found`)
  }
  const files = scope.resolve(Modules.FILE)
  // The local provider checks here that the file exists; S3 signs a URL valid for a few minutes.
  const stored = await files.retrieveFile(document.file_id).catch(() => null)
  if (!stored) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `The file of document ${document_id} was not found`)
  }
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("Referrer-Policy", "no-referrer")
  if (providerSignsUrls(scope)) {
    res.redirect(302, stored.url)
    return
  }
  const [upload] = await cooperatives.listCooperativeUploads({ file_id: document.file_id }, { select: ["mime_type"] })
  const name = downloadName(document.file_id)
  res.setHeader("Content-Type", upload?.mime_type ?? "application/octet-stream")
  res.setHeader("Content-Disposition", `${upload ? "inline" : "attachment"}; filename="${name}"`)
  res.setHeader("X-Content-Type-Options", "nosniff")
  await pipeline(await files.getDownloadStream(document.file_id), res)
}
