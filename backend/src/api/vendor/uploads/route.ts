import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { vendorValidationMessage, type VendorUploadResponse, type VendorValidationCode } from "@tadamon/shared"
import type multer from "multer"
import { sendVendorFieldErrors, vendorLocale } from "../../utils/vendor-validation"
import { detectFileType } from "./file-type"

/**
 * `POST /vendor/uploads` (multipart, field `files`): images (JPEG, PNG, WebP) and PDF up to 5 MB,
 * recognised by their content, not by the name or type the browser declares. Stored through
 * Medusa's File Module; answers the files' URLs for documents and product images.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse<VendorUploadResponse>) => {
  const files = ((req as MedusaRequest & { files?: multer.StoredFile[] }).files ?? []).filter((file) => file.fieldname === "files")
  const locale = vendorLocale(req)
  const fail = (field: string, code: VendorValidationCode) =>
    sendVendorFieldErrors(res, [{ field, code, message: vendorValidationMessage(code, field, locale) }])
  if (!files.length) {
    return fail("files", "required")
  }
  const typed = []
  for (const [index, file] of files.entries()) {
    const type = detectFileType(file.buffer)
    if (!type) {
      return fail(`files.${index}`, "file_type")
    }
    typed.push({ file, type })
  }
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: typed.map(({ file, type }) => ({
        filename: safeName(file.originalname, type.extension),
        mimeType: type.mime,
        content: file.buffer.toString("base64"),
        access: "public" as const,
      })),
    },
  })
  res.json({ files: result.map((file) => ({ id: file.id, url: file.url })) })
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
