import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { documentCounts, LABEL_DOCUMENT_TYPES } from "@tadamon/shared"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { invalidField } from "../../../utils/field-error"
import { optionKey, type CooperativeProductFields } from "../../../domain/catalog/product-input"
import { ownUploads } from "../../onboarding/utils/uploaded-files"

/**
 * What a listing refers to, checked against the database: existing categories, images that are
 * photos the cooperative uploaded (by their public URL) or that the product already shows
 * (`current_images`, on an edit), labels that are the cooperative's own verified, unexpired
 * IGP/organic documents, and option values that differ. Throws the first field error.
 */
export async function checkProductReferences(
  container: Pick<MedusaContainer, "resolve">,
  cooperativeId: string,
  input: CooperativeProductFields,
  { current_images = [] }: { current_images?: string[] } = {}
) {
  const seen = new Map<string, number>()
  for (const [index, variant] of (input.variants ?? []).entries()) {
    const key = optionKey(variant.option_value)
    if (seen.has(key)) {
      throw invalidField(`variants.${index}.option_value`, "duplicate_value")
    }
    seen.set(key, index)
  }

  if (input.category_ids?.length) {
    const products = container.resolve(Modules.PRODUCT)
    const categories = await products.listProductCategories({ id: input.category_ids }, { select: ["id"] })
    const missing = input.category_ids.findIndex((id) => !categories.some((category) => category.id === id))
    if (missing >= 0) {
      throw invalidField(`category_ids.${missing}`, "unknown_category")
    }
  }

  if (input.label_document_ids?.length) {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const documents = await service.listCooperativeDocuments({ id: input.label_document_ids })
    const now = new Date()
    for (const [index, id] of input.label_document_ids.entries()) {
      const document = documents.find((candidate) => candidate.id === id)
      if (!document || document.cooperative_id !== cooperativeId) {
        throw invalidField(`label_document_ids.${index}`, "unknown_document")
      }
      const claimable =
        (LABEL_DOCUMENT_TYPES as readonly string[]).includes(document.type) &&
        documentCounts({ status: document.status, valid_until: document.valid_until ?? null }, now)
      if (!claimable) {
        throw invalidField(`label_document_ids.${index}`, "label_not_claimable")
      }
    }
  }

  // Images the product already shows stay; any other must be a photo the cooperative uploaded.
  const kept = new Set(current_images)
  const added = (input.images ?? []).flatMap((url, index) => (kept.has(url) ? [] : [{ field: `images.${index}`, reference: url }]))
  await ownUploads(container, { cooperative_id: cooperativeId }, "photo", added)
}
