// What the seed's steps share: their container, the summary's counter, lookups and uploads.
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { type RenderedImage } from "../seed-data/images"

/** Tadamon's container, as the seed's steps take it. */
export type Container = MedusaContainer
/** Records what a step wrote and found already there, for the seed's summary. */
export type Count = (what: string, created: number, existing: number) => void

/** Ids of linked records as Query returns them (a link can come back null). */
export function idsOf(records: ({ id: string } | null)[] | null | undefined): string[] {
  return (records ?? []).flatMap((record) => (record ? [record.id] : []))
}

export function mustGet(ids: Map<string, string>, key: string, what: string): string {
  const id = ids.get(key)
  if (!id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Seed data refers to an unknown ${what} "${key}"`)
  }
  return id
}

export async function uploadImages(container: Container, images: RenderedImage[]): Promise<string[]> {
  if (!images.length) {
    return []
  }
  const { result } = await uploadFilesWorkflow(container).run({
    input: {
      files: images.map((image) => ({
        filename: image.filename,
        mimeType: image.mimeType,
        content: image.content.toString("base64"),
        access: "public" as const,
      })),
    },
  })
  return result.map((file) => file.url)
}
