import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CatalogEvents } from "@tadamon/shared"
import { type Linked, present, queryRows } from "../../../utils/query-rows"

/** What to index again: products and cooperatives by id, or everything. */
export type SearchTargets = { product_ids: string[]; cooperative_ids: string[]; all: boolean }

export const NOTHING: SearchTargets = { product_ids: [], cooperative_ids: [], all: false }
const EVERYTHING: SearchTargets = { product_ids: [], cooperative_ids: [], all: true }

/** The events that change what search finds, besides the catalog's: stock held or let go by orders. */
export const RESERVATION_EVENTS = ["reservation-item.created", "reservation-item.updated", "reservation-item.deleted"]

async function productsOfCooperatives(scope: MedusaContainer, cooperativeIds: string[]): Promise<string[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { rows } = await queryRows<{ products?: Linked<{ id: string }>[] | null }>(query, {
    entity: "cooperative",
    fields: ["products.id"],
    filters: { id: cooperativeIds },
  })
  return rows.flatMap((cooperative) => present(cooperative.products).map((product) => product.id))
}

async function productsOfInventoryItems(scope: MedusaContainer, inventoryItemIds: string[]): Promise<string[]> {
  if (!inventoryItemIds.length) {
    return []
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { rows } = await queryRows<{ variants?: Linked<{ product_id: string }>[] | null }>(query, {
    entity: "inventory_item",
    fields: ["variants.product_id"],
    filters: { id: inventoryItemIds },
  })
  return rows.flatMap((item) => present(item.variants).map((variant) => variant.product_id))
}

/**
 * The records an event changes in the index. Events whose record is gone and cannot be traced
 * (a deleted category, translation or edition) rebuild everything: they are rare.
 */
export async function searchTargetsOf(scope: MedusaContainer, name: string, data: Record<string, unknown> | null): Promise<SearchTargets> {
  const id = typeof data?.id === "string" ? data.id : null
  if (!id) {
    return NOTHING
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  switch (name) {
    case "product.created":
    case "product.updated":
    case "product.deleted":
      return { ...NOTHING, product_ids: [id] }
    case "product-variant.created":
    case "product-variant.updated":
    case "product-variant.deleted": {
      const [variant] = await scope.resolve(Modules.PRODUCT).listProductVariants({ id }, { select: ["product_id"], withDeleted: true })
      return variant?.product_id ? { ...NOTHING, product_ids: [variant.product_id] } : NOTHING
    }
    case "product-option.updated": {
      const [option] = await scope.resolve(Modules.PRODUCT).listProductOptions({ id }, { relations: ["products"] })
      return { ...NOTHING, product_ids: present(option?.products).map((product) => product.id) }
    }
    case "inventory-level.updated": {
      const [level] = await scope.resolve(Modules.INVENTORY).listInventoryLevels({ id }, { select: ["inventory_item_id"] })
      return { ...NOTHING, product_ids: await productsOfInventoryItems(scope, level ? [level.inventory_item_id] : []) }
    }
    case "reservation-item.created":
    case "reservation-item.updated":
    case "reservation-item.deleted": {
      const [reservation] = await scope
        .resolve(Modules.INVENTORY)
        .listReservationItems({ id }, { select: ["inventory_item_id"], withDeleted: true })
      return { ...NOTHING, product_ids: await productsOfInventoryItems(scope, reservation ? [reservation.inventory_item_id] : []) }
    }
    case "product-category.created":
    case "product-category.updated": {
      const { rows } = await queryRows<{ products?: Linked<{ id: string }>[] | null; category_children?: Linked<{ products?: Linked<{ id: string }>[] | null }>[] | null }>(
        query,
        { entity: "product_category", fields: ["products.id", "category_children.products.id"], filters: { id } }
      )
      const products = rows.flatMap((category) => [
        ...present(category.products),
        ...present(category.category_children).flatMap((child) => present(child.products)),
      ])
      return { ...NOTHING, product_ids: products.map((product) => product.id) }
    }
    case "translation.created":
    case "translation.updated": {
      const [translation] = await scope.resolve(Modules.TRANSLATION).listTranslations({ id }, { select: ["reference", "reference_id"] })
      if (!translation) {
        return NOTHING
      }
      if (translation.reference === "product") {
        return { ...NOTHING, product_ids: [translation.reference_id] }
      }
      if (translation.reference === "cooperative") {
        return { ...NOTHING, cooperative_ids: [translation.reference_id], product_ids: await productsOfCooperatives(scope, [translation.reference_id]) }
      }
      return translation.reference === "product_category" ? searchTargetsOf(scope, "product-category.updated", { id: translation.reference_id }) : NOTHING
    }
    case CatalogEvents.COOPERATIVE_CREATED:
    case CatalogEvents.COOPERATIVE_APPROVED:
    case CatalogEvents.COOPERATIVE_SUSPENDED:
      return { ...NOTHING, cooperative_ids: [id], product_ids: await productsOfCooperatives(scope, [id]) }
    case CatalogEvents.DOCUMENT_REVIEWED:
    case CatalogEvents.DOCUMENT_EXPIRED: {
      const { rows } = await queryRows<{ products?: Linked<{ id: string }>[] | null }>(query, {
        entity: "cooperative_document",
        fields: ["products.id"],
        filters: { id },
      })
      return { ...NOTHING, product_ids: rows.flatMap((document) => present(document.products).map((product) => product.id)) }
    }
    case CatalogEvents.EDITION_CREATED:
    case CatalogEvents.EDITION_UPDATED: {
      const { rows } = await queryRows<{ participants?: Linked<{ cooperative_id: string }>[] | null }>(query, {
        entity: "edition",
        fields: ["participants.cooperative_id"],
        filters: { id },
      })
      const cooperativeIds = rows.flatMap((edition) => present(edition.participants).map((participant) => participant.cooperative_id))
      return cooperativeIds.length
        ? { ...NOTHING, cooperative_ids: cooperativeIds, product_ids: await productsOfCooperatives(scope, cooperativeIds) }
        : NOTHING
    }
    case "product-category.deleted":
    case "translation.deleted":
    case CatalogEvents.EDITION_DELETED:
      return EVERYTHING
    default:
      return NOTHING
  }
}
