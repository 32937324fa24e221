import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  PHOTO_MIME_TYPES,
  UPLOAD_KINDS,
  vendorValidationMessage,
  type UploadKind,
  type VendorUploadResponse,
  type VendorValidationCode,
} from "@tadamon/shared"
import type multer from "multer"
import { uploadCooperativeFilesWorkflow } from "../../../workflows/onboarding/upload-cooperative-files"
import { sendFieldErrors } from "../../utils/validation"
import { requestLocale } from "../../utils/request-locale"
import { vendorOf } from "../context"
import { detectFileType } from "./file-type"

function isKind(value: unknown): value is UploadKind {
  return typeof value === "string" && (UPLOAD_KINDS as readonly string[]).includes(value)
}

/**
 * `POST /vendor/uploads` (multipart: field `kind`, `photo` or `document`, and field `files`):
 * images (JPEG, PNG, WebP) and, for documents, PDF, up to 5 MB, recognised by their content, not
 * by the name or type the browser declares. Photos are stored public (product images), documents
 * private; each file is recorded with its owner (the member's cooperative, or the registering
 * identity, which may upload documents only) and only that owner can refer to it.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<VendorUploadResponse>) => {
  const files = ((req as AuthenticatedMedusaRequest & { files?: multer.StoredFile[] }).files ?? []).filter((file) => file.fieldname === "files")
  const locale = requestLocale(req)
  const fail = (field: string, code: VendorValidationCode) =>
    sendFieldErrors(res, [{ field, code, message: vendorValidationMessage(code, field, locale) }])
  const member = req.auth_context?.actor_id ? vendorOf(req) : null
  const kind: unknown = (req.body as Record<string, unknown> | undefined)?.kind
  if (!isKind(kind)) {
    return fail("kind", kind === undefined || kind === "" ? "required" : "invalid_value")
  }
  if (!member && kind !== "document") {
    // Someone registering attaches the application's documents, nothing public.
    return fail("kind", "invalid_value")
  }
  if (!files.length) {
    return fail("files", "required")
  }
  const typed = []
  for (const [index, file] of files.entries()) {
    const type = detectFileType(file.buffer)
    if (!type) {
      return fail(`files.${index}`, "file_type")
    }
    if (kind === "photo" && !(PHOTO_MIME_TYPES as readonly string[]).includes(type.mime)) {
      return fail(`files.${index}`, "image_type")
    }
    typed.push({ file, type })
  }
  const { result } = await uploadCooperativeFilesWorkflow(req.scope).run({
    input: {
      cooperative_id: member?.cooperative_id ?? null,
      auth_identity_id: req.auth_context?.auth_identity_id || null,
      kind,
      files: typed.map(({ file, type }) => ({
        filename: safeName(file.originalname, type.extension),
        mime_type: type.mime,
        content: file.buffer.toString("base64"),
        size: file.size,
      })),
    },
  })
  res.json({ files: result.map((upload) => ({ id: upload.file_id, kind: upload.kind, url: upload.url ?? null, mime_type: upload.mime_type })) })
}

/** A plain file name with the extension its content deserves (no paths, no odd characters). */
function safeName(original: string, extension: string): string {
  const base = original
    .replace(/\.[^.]*$/, "")
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
  return `${base || "file"}.${extension}`
}
