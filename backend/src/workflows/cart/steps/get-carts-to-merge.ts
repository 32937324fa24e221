import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type GetCartsToMergeInput = {
  customer_id: string
  /** The guest cart the storefront held before sign-in. */
  cart_id?: string
}

export type CartLineToMerge = { id: string; variant_id: string; quantity: number; metadata: Record<string, unknown> | null }

export type CartsToMerge = {
  /** The cart the customer continues with, or null when they have none. */
  cart_id: string | null
  /** Whether the cart still has to become the customer's. */
  transfer: boolean
  /** The customer's previous open cart whose lines move into `cart_id`. */
  source: { id: string; metadata: Record<string, unknown> | null; lines: CartLineToMerge[] } | null
}

/** Metadata key on a cart whose lines were merged into another cart. */
export const MERGED_INTO_KEY = "merged_into"

type Linked<T> = T | null | undefined
type StoredCart = {
  id: string
  customer_id: string | null
  region_id: string | null
  completed_at: unknown
  metadata: Record<string, unknown> | null
  customer?: Linked<{ has_account: boolean }>
  items?: Linked<{ id: string; variant_id: string | null; quantity: unknown; metadata: Record<string, unknown> | null }>[] | null
}

const CART_FIELDS = [
  "id",
  "customer_id",
  "region_id",
  "completed_at",
  "metadata",
  "customer.has_account",
  "items.id",
  "items.variant_id",
  "items.quantity",
  "items.metadata",
]

/**
 * Decides what signing in does to carts: the guest cart (when it exists, is open and belongs to
 * no other registered customer) becomes the customer's, and their most recent other open cart in
 * the same region, not merged before, gives it its lines. Without a guest cart, the customer's
 * most recent open cart is the answer. Another customer's cart is refused as not found, so its
 * existence does not leak. Read-only, so nothing to compensate.
 */
export const getCartsToMergeStep = createStep(
  "get-carts-to-merge",
  async (input: GetCartsToMergeInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)

    let guest: StoredCart | null = null
    if (input.cart_id) {
      const {
        data: [found],
      } = await query.graph({ entity: "cart", fields: CART_FIELDS, filters: { id: input.cart_id } })
      const cart: StoredCart | undefined = found
      const othersCart = !!cart?.customer_id && cart.customer_id !== input.customer_id && !!cart.customer?.has_account
      if (!cart || othersCart) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id ${input.cart_id} was not found`)
      }
      guest = cart.completed_at ? null : cart
    }

    const { data: own } = await query.graph({
      entity: "cart",
      fields: CART_FIELDS,
      filters: { customer_id: input.customer_id, completed_at: null },
      pagination: { order: { updated_at: "DESC" }, take: 20 },
    })
    const carts: StoredCart[] = own
    const open = carts.filter((cart) => cart.id !== guest?.id && !cart.metadata?.[MERGED_INTO_KEY])

    if (!guest) {
      const result: CartsToMerge = { cart_id: open[0]?.id ?? null, transfer: false, source: null }
      return new StepResponse(result)
    }
    const previous = open.find((cart) => cart.region_id === guest.region_id)
    const lines = (previous?.items ?? []).flatMap((item) =>
      item?.variant_id ? [{ id: item.id, variant_id: item.variant_id, quantity: Number(item.quantity), metadata: item.metadata ?? null }] : []
    )
    const result: CartsToMerge = {
      cart_id: guest.id,
      transfer: guest.customer_id !== input.customer_id,
      source: previous ? { id: previous.id, metadata: previous.metadata ?? null, lines } : null,
    }
    return new StepResponse(result)
  }
)
