import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { documentCounts, LABEL_DOCUMENT_TYPES, type LabelDocumentType, type StoreProductLabel } from "@tadamon/shared"

/**
 * The labels products show in the store: the IGP/organic documents each claims that are
 * verified and unexpired now (computed at read time), by product id.
 */
export async function storeLabelsOf(scope: MedusaContainer, productIds: string[], now: Date = new Date()): Promise<Map<string, StoreProductLabel[]>> {
  const labels = new Map<string, StoreProductLabel[]>(productIds.map((id) => [id, []]))
  if (!productIds.length) {
    return labels
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "cooperative_documents.id",
      "cooperative_documents.type",
      "cooperative_documents.label_name",
      "cooperative_documents.number",
      "cooperative_documents.issuer",
      "cooperative_documents.status",
      "cooperative_documents.valid_until",
    ],
    filters: { id: productIds },
  })
  for (const product of data) {
    const shown = (product.cooperative_documents ?? []).flatMap((document) => {
      if (!document || !(LABEL_DOCUMENT_TYPES as readonly string[]).includes(document.type)) {
        return []
      }
      const valid_until = document.valid_until ? new Date(document.valid_until).toISOString() : null
      if (!valid_until || !documentCounts({ status: document.status, valid_until }, now)) {
        return []
      }
      const label: StoreProductLabel = {
        id: document.id,
        type: document.type as LabelDocumentType,
        name: document.label_name ?? null,
        number: document.number ?? null,
        issuer: document.issuer ?? null,
        valid_until,
      }
      return [label]
    })
    labels.set(product.id, shown)
  }
  return labels
}
