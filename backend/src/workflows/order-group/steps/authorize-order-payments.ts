import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"

export type AuthorizeOrderPaymentsStepInput = {
  provider_id: string
  /** Written on each payment collection, so an interrupted completion's collections can be found. */
  cart_id: string
  /** Card payments: the cart's PaymentIntent, of which each order's payment is a share. */
  share_of?: string | null
  currency_code: string
  orders: Array<{ order_id: string; amount: number }>
  customer_id?: string | null
  email?: string | null
}

type Authorized = { order_id: string; payment_collection_id: string; payment_id: string }

/**
 * One payment per cooperative order, authorized with the provider the customer chose: for cash on
 * delivery, the amount each courier collects with its parcel; for a card, the order's share of the
 * cart's one PaymentIntent. Compensation voids the payments and removes the collections, so a failed
 * checkout holds no payment.
 */
export const authorizeOrderPaymentsStep = createStep(
  "authorize-order-payments",
  async (input: AuthorizeOrderPaymentsStepInput, { container }) => {
    const payments = container.resolve(Modules.PAYMENT)
    const done: Authorized[] = []
    const collectionIds: string[] = []
    try {
      const collections = await payments.createPaymentCollections(
        input.orders.map(({ order_id, amount }) => ({
          currency_code: input.currency_code,
          amount,
          metadata: { cart_id: input.cart_id, order_id },
        }))
      )
      collectionIds.push(...collections.map((collection) => collection.id))
      // Each collection names its order (never trust a position in a module's answer).
      const collectionOf = new Map(collections.map((collection) => [collection.metadata?.order_id, collection.id]))
      // The orders' payments are independent of each other: authorized side by side.
      const settled = await Promise.allSettled(
        input.orders.map(async ({ order_id, amount }) => {
          const collectionId = collectionOf.get(order_id)
          if (!collectionId) {
            throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `payment: no payment collection for order ${order_id}`)
          }
          const session = await payments.createPaymentSession(collectionId, {
            provider_id: input.provider_id,
            currency_code: input.currency_code,
            amount,
            data: {},
            // Server-only context: the share's intent is never taken from data a client could write.
            context: {
              ...(input.customer_id && input.email ? { customer: { id: input.customer_id, email: input.email } } : {}),
              ...(input.share_of ? { tadamon_share_of: input.share_of } : {}),
            },
          })
          const payment = await payments.authorizePaymentSession(session.id, {})
          if (!payment?.id) {
            throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `payment: the payment for order ${order_id} was not authorized`)
          }
          done.push({ order_id, payment_collection_id: collectionId, payment_id: payment.id })
        })
      )
      const failed = settled.find((outcome): outcome is PromiseRejectedResult => outcome.status === "rejected")
      if (failed) {
        throw failed.reason
      }
    } catch (error) {
      await voidAndRemove(container, done, collectionIds)
      throw error
    }
    // In the orders' order, whatever order the authorizations finished in.
    done.sort((a, b) => input.orders.findIndex((order) => order.order_id === a.order_id) - input.orders.findIndex((order) => order.order_id === b.order_id))
    return new StepResponse(done, { done, collectionIds })
  },
  async (compensation, { container }) => {
    if (compensation) {
      await voidAndRemove(container, compensation.done, compensation.collectionIds)
    }
  }
)

async function voidAndRemove(
  container: MedusaContainer,
  done: Authorized[],
  collectionIds: string[]
) {
  const payments = container.resolve(Modules.PAYMENT)
  for (const { payment_id } of done) {
    await payments.cancelPayment(payment_id)
  }
  if (collectionIds.length) {
    await payments.deletePaymentCollections(collectionIds)
  }
}
