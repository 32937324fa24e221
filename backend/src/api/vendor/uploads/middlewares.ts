import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import multer from "multer"
import { UPLOAD_MAX_BYTES, UPLOAD_MAX_FILES, vendorValidationMessage, type VendorValidationCode } from "@tadamon/shared"
import { multipartGuard } from "../../input-guard"
import { resolveVendor } from "../context"
import { sendFieldErrors } from "../../utils/validation"
import { requestLocale } from "../../utils/request-locale"

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: UPLOAD_MAX_BYTES, files: UPLOAD_MAX_FILES, fields: 5 },
  // Browsers write file names in UTF-8; read as Latin-1 (busboy's default), an Arabic or accented
  // name turns into text full of C1 control characters, which the input guard refuses.
  defParamCharset: "utf8",
}).array("files", UPLOAD_MAX_FILES)

function fail(req: MedusaRequest, res: MedusaResponse, code: VendorValidationCode, field = "files") {
  sendFieldErrors(res, [{ field, code, message: vendorValidationMessage(code, field, requestLocale(req)) }])
}

/** Reads the multipart body into memory; a file over the limit or too many files is a 400 on `files`. */
function parseFiles(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  upload(req, res, (error?: unknown) => {
    if (!error) {
      return next()
    }
    const code = error instanceof multer.MulterError ? error.code : ""
    if (code === "LIMIT_FILE_SIZE") {
      return fail(req, res, "file_too_large")
    }
    // Too many files or parts, an unexpected field, a malformed body: the request's files are wrong.
    return fail(req, res, "invalid_value")
  })
}

/**
 * Uploads are for members and for people registering (an applicant attaching documents): the
 * vendor authentication lets an identity without a member through for this route. A signed-in
 * member's cooperative is resolved as for every vendor route, so a suspended one cannot upload.
 */
function resolveMemberIfAny(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const authenticated = req as AuthenticatedMedusaRequest
  if (authenticated.auth_context?.actor_id) {
    return resolveVendor(authenticated, res, next)
  }
  next()
}

/**
 * Medusa's body parsers leave the multipart body to `parseFiles`, so the input guard that runs
 * before every route saw none of it: `multipartGuard` applies the same checks to the form fields
 * and the file names once multer has read them, before anything is stored.
 */
export const vendorUploadRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/vendor/uploads", bodyParser: false, middlewares: [resolveMemberIfAny, parseFiles, multipartGuard] },
]
