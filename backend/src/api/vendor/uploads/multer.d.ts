/**
 * The part of multer's API the uploads route uses (multer ships with @medusajs/medusa, which uses
 * it for `/admin/uploads`, but without type declarations).
 */
declare module "multer" {
  import type { RequestHandler } from "express"

  namespace multer {
    type StoredFile = { fieldname: string; originalname: string; mimetype: string; size: number; buffer: Buffer }
    type Options = {
      storage?: unknown
      limits?: { fileSize?: number; files?: number; fields?: number; parts?: number }
      fileFilter?: (req: unknown, file: StoredFile, callback: (error: Error | null, accept?: boolean) => void) => void
      /** The charset of names in part headers (file names) that do not declare one; busboy's default is `latin1`. */
      defParamCharset?: string
    }
    type Instance = { array(field: string, maxCount?: number): RequestHandler }
    class MulterError extends Error {
      code: string
      field?: string
    }
  }
  function multer(options?: multer.Options): multer.Instance
  namespace multer {
    function memoryStorage(): unknown
  }
  export = multer
}
