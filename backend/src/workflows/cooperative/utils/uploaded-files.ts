import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { invalidField } from "./field-error"

/** The File Module's key of a URL it returned (its last path segment). */
export function fileKeyOf(url: string): string | null {
  try {
    const { pathname, protocol } = new URL(url)
    if (protocol !== "http:" && protocol !== "https:") {
      return null
    }
    const key = decodeURIComponent(pathname.split("/").pop() ?? "")
    return key || null
  } catch {
    return null
  }
}

/**
 * Checks that every URL names a file stored through Medusa's File Module (`POST /vendor/uploads`),
 * so a cooperative cannot point its documents or images at another site. Throws a field error
 * (`invalid_file_url`) for the first one that does not.
 */
export async function assertUploadedFiles(container: Pick<MedusaContainer, "resolve">, files: Array<{ field: string; url: string }>) {
  const fileModule = container.resolve(Modules.FILE)
  for (const { field, url } of files) {
    const key = fileKeyOf(url)
    const found = key ? await fileModule.retrieveFile(key).then(() => true, () => false) : false
    if (!found) {
      throw invalidField(field, "invalid_file_url")
    }
  }
}
