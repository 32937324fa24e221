import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import type { CartLineToMerge } from "./get-carts-to-merge"

export type MergeCartLinesInput = { cart_id: string; lines: CartLineToMerge[] }

/** Errors that mean "this line cannot go into the cart any more" rather than a failure. */
const REFUSALS: string[] = [MedusaError.Types.NOT_ALLOWED, MedusaError.Types.INVALID_DATA, MedusaError.Types.NOT_FOUND]

/**
 * Adds the lines to the cart one by one with Medusa's add-to-cart workflow, so quantities of the
 * same variant add up and Medusa's own checks (stock, price, sales channel) decide. A line Medusa
 * refuses is skipped and reported; any other error stops the merge.
 *
 * Compensation puts the cart's lines back as they were: lines it created are deleted, quantities
 * it raised are restored.
 */
export const mergeCartLinesStep = createStep(
  "merge-cart-lines",
  async (input: MergeCartLinesInput, { container }) => {
    const cartModule = container.resolve(Modules.CART)
    const before = await cartModule.listLineItems({ cart_id: input.cart_id }, { select: ["id", "quantity"] })
    const snapshot = { cart_id: input.cart_id, items: before.map((item) => ({ id: item.id, quantity: Number(item.quantity) })) }

    const skipped: string[] = []
    for (const line of input.lines) {
      const { errors } = await addToCartWorkflow(container).run({
        input: {
          cart_id: input.cart_id,
          items: [{ variant_id: line.variant_id, quantity: line.quantity, ...(line.metadata ? { metadata: line.metadata } : {}) }],
        },
        throwOnError: false,
      })
      const error = errors[0]?.error as { type?: string; message?: string } | undefined
      if (!error) {
        continue
      }
      if (error.type && REFUSALS.includes(error.type)) {
        skipped.push(line.id)
        continue
      }
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, error.message ?? "Merging the carts failed")
    }
    return new StepResponse({ skipped_item_ids: skipped }, snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) {
      return
    }
    const cartModule = container.resolve(Modules.CART)
    const now = await cartModule.listLineItems({ cart_id: snapshot.cart_id }, { select: ["id", "quantity"] })
    const quantityBefore = new Map(snapshot.items.map((item) => [item.id, item.quantity]))
    const added = now.filter((item) => !quantityBefore.has(item.id)).map((item) => item.id)
    const raised = now.flatMap((item) => {
      const quantity = quantityBefore.get(item.id)
      return quantity !== undefined && quantity !== Number(item.quantity) ? [{ id: item.id, quantity }] : []
    })
    if (added.length) {
      await cartModule.deleteLineItems(added)
    }
    if (raised.length) {
      await cartModule.updateLineItems(raised)
    }
  }
)
