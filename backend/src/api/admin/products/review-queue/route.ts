import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { documentCounts, type AdminReviewQueueProduct, type AdminReviewQueueResponse, type Locale } from "@tadamon/shared"
import type { AdminGetReviewQueueType } from "./validators"

const FIELDS = [
  "id",
  "handle",
  "title",
  "description",
  "thumbnail",
  "created_at",
  "updated_at",
  "images.url",
  "images.rank",
  "variants.id",
  "variants.title",
  "variants.variant_rank",
  "variants.created_at",
  "variants.options.value",
  "variants.price_set.prices.amount",
  "variants.price_set.prices.currency_code",
  "cooperative.id",
  "cooperative.name",
  "cooperative.handle",
  "cooperative.status",
  "cooperative.trusted",
  "cooperative_documents.id",
  "cooperative_documents.type",
  "cooperative_documents.label_name",
  "cooperative_documents.status",
  "cooperative_documents.valid_until",
]

/** The French and English texts of the products, from the Translation Module. */
async function translationsOf(req: AuthenticatedMedusaRequest, productIds: string[]) {
  const byProduct = new Map<string, Partial<Record<Exclude<Locale, "ar">, { title: string | null; description: string | null }>>>()
  if (!productIds.length) {
    return byProduct
  }
  const rows = await req.scope.resolve(Modules.TRANSLATION).listTranslations({ reference: "product", reference_id: productIds })
  for (const row of rows) {
    const locale = row.locale_code.startsWith("fr") ? "fr" : row.locale_code.startsWith("en") ? "en" : null
    if (!locale) {
      continue
    }
    const text = (row.translations ?? {})
    const entry = byProduct.get(row.reference_id) ?? {}
    entry[locale] = {
      title: typeof text.title === "string" ? text.title : null,
      description: typeof text.description === "string" ? text.description : null,
    }
    byProduct.set(row.reference_id, entry)
  }
  return byProduct
}

/**
 * The organizers' review queue: cooperatives' products waiting for review (`proposed`), oldest
 * first, with what a preview needs (texts in the three languages, images, variants with prices in
 * MAD, the cooperative, the labels claimed and whether each still counts).
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetReviewQueueType>, res: MedusaResponse<AdminReviewQueueResponse>) => {
  const { limit = 20, offset = 0 } = req.validatedQuery as AdminGetReviewQueueType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "product",
    fields: FIELDS,
    filters: { status: ProductStatus.PROPOSED },
    pagination: { skip: offset, take: limit, order: { updated_at: "ASC" } },
  })
  const translations = await translationsOf(
    req,
    data.map((product) => product.id)
  )
  const now = new Date()
  const products = data.flatMap((product): AdminReviewQueueProduct[] => {
    const cooperative = product.cooperative
    if (!cooperative) {
      return []
    }
    const texts = translations.get(product.id) ?? {}
    const variants = (product.variants ?? [])
      .flatMap((variant) => (variant ? [variant] : []))
      .sort(
        (a, b) =>
          (a.variant_rank ?? 0) - (b.variant_rank ?? 0) ||
          new Date(a.created_at ?? 0).getTime() - new Date(b.created_at ?? 0).getTime()
      )
      .map((variant) => {
        const price = (variant.price_set?.prices ?? []).find((candidate) => candidate?.currency_code === "mad") ?? null
        return {
          id: variant.id,
          title: variant.title ?? "",
          option_value: (variant.options ?? []).find((option) => !!option)?.value ?? null,
          price: price ? Number(price.amount) : null,
          currency_code: "mad",
        }
      })
    return [
      {
        id: product.id,
        handle: product.handle,
        title: { ar: product.title, fr: texts.fr?.title ?? null, en: texts.en?.title ?? null },
        description: { ar: product.description ?? null, fr: texts.fr?.description ?? null, en: texts.en?.description ?? null },
        thumbnail: product.thumbnail ?? null,
        images: [...(product.images ?? [])]
          .flatMap((image) => (image ? [image] : []))
          .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
          .map((image) => image.url),
        variants,
        cooperative: {
          id: cooperative.id,
          name: cooperative.name,
          handle: cooperative.handle,
          status: cooperative.status,
          trusted: cooperative.trusted === true,
        },
        labels: (product.cooperative_documents ?? []).flatMap((document) =>
          document
            ? [
                {
                  document_id: document.id,
                  type: document.type,
                  label_name: document.label_name ?? null,
                  is_valid: documentCounts({ status: document.status, valid_until: document.valid_until ?? null }, now),
                },
              ]
            : []
        ),
        created_at: new Date(product.created_at).toISOString(),
        updated_at: new Date(product.updated_at).toISOString(),
      },
    ]
  })
  res.json({ products, count: metadata?.count ?? products.length, limit, offset })
}
