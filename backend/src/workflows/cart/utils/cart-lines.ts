import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isValidLineQuantity } from "@tadamon/shared"
import type { FieldProblem } from "../../../utils/localized-field-error"
import { queryRows } from "../../../utils/query-rows"

/**
 * The rules every cart line obeys, whichever door it came through (Medusa's Store API cart routes,
 * the sign-in merge, completion): the product is for sale, the quantity is a whole number in range.
 */

/** What the rule reads of a variant (query.graph over `SELLABLE_VARIANT_FIELDS`). */
export type SellableVariant = {
  id: string
  title?: string | null
  product?: {
    title?: string | null
    status?: string | null
    sales_channels?: Array<{ id: string } | null> | null
    cooperative?: { status?: string | null } | null
  } | null
}

export const SELLABLE_VARIANT_FIELDS = [
  "id",
  "title",
  "product.title",
  "product.status",
  "product.sales_channels.id",
  "product.cooperative.status",
]

/**
 * For sale: a published product of an approved cooperative, in the cart's sales channel. (A
 * suspended cooperative's products leave every channel; a pending cooperative's product stays out
 * of them even if an organizer published it; this rule holds even where those did not happen.)
 */
export function isSellable(variant: SellableVariant | undefined, salesChannelId: string | null | undefined): boolean {
  const product = variant?.product
  return (
    !!product &&
    !!salesChannelId &&
    product.status === "published" &&
    product.cooperative?.status === "approved" &&
    (product.sales_channels ?? []).some((channel) => channel?.id === salesChannelId)
  )
}

/** A line to check: the request field it came from, its variant, and (when known) the title to quote. */
export type LineToCheck = { field: string; variant_id: string | null | undefined; name?: string | null }

/** One problem per line whose product is not for sale (a deleted or unknown variant is not for sale either). */
export async function unsellableLines(
  container: Pick<MedusaContainer, "resolve">,
  lines: LineToCheck[],
  salesChannelId: string | null | undefined,
  locale?: string | null
): Promise<FieldProblem[]> {
  const ids = [...new Set(lines.flatMap((line) => (line.variant_id ? [line.variant_id] : [])))]
  if (!ids.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { rows } = await queryRows<SellableVariant>(
    query,
    { entity: "product_variant", fields: SELLABLE_VARIANT_FIELDS, filters: { id: ids } },
    locale ? { locale } : undefined
  )
  const variants = new Map(rows.map((variant) => [variant.id, variant]))
  return lines.flatMap((line) => {
    if (!line.variant_id) {
      return []
    }
    const variant = variants.get(line.variant_id)
    if (isSellable(variant, salesChannelId)) {
      return []
    }
    const title = [variant?.product?.title, variant?.title].filter(Boolean).join(" — ")
    return [{ field: line.field, code: "not_for_sale" as const, name: line.name || title || line.variant_id }]
  })
}

/** The problem with a line's quantity, if any (`allowZero`: an update to 0 removes the line). */
export function quantityProblem(field: string, quantity: unknown, options: { allowZero?: boolean } = {}): FieldProblem[] {
  return isValidLineQuantity(quantity, options) ? [] : [{ field, code: "invalid_quantity" }]
}


