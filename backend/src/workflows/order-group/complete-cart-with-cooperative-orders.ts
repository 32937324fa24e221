import { Modules, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { createHook, createWorkflow, parallelize, transform, when, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import type {
  CartLineItemDTO,
  CartWorkflowDTO,
  ConfirmVariantInventoryWorkflowInputDTO,
  LinkDefinition,
  ProductVariantDTO,
  ShippingOptionDTO,
} from "@medusajs/framework/types"
import {
  acquireLockStep,
  authorizePaymentSessionStep,
  confirmVariantInventoryWorkflow,
  createOrdersStep,
  createRemoteLinkStep,
  emitEventStep,
  releaseLockStep,
  reserveInventoryStep,
  updateCartsStep,
  useQueryGraphStep,
  validateCartItemsStep,
  validateCartPaymentsStep,
  validateCartStep,
  validateShippingStep,
} from "@medusajs/medusa/core-flows"
import { PAYMENT_PROVIDERS } from "@tadamon/shared"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import { ORDER_GROUP_MODULE } from "../../modules/order-group"
import { authorizeOrderPaymentsStep } from "./steps/authorize-order-payments"
import { captureOrderSharesStep } from "./steps/capture-order-shares"
import { createOrderGroupStep } from "./steps/create-order-group"
import { markOrderGroupPlacedStep } from "./steps/mark-order-group-placed"
import { resolveAttributionStep } from "./steps/resolve-attribution"
import { validateCartLinesStep } from "./steps/validate-cart-lines"
import { validateCartPricesStep, type PricedCart } from "./steps/validate-cart-prices"
import { validateOrderTotalsStep } from "./steps/validate-order-totals"
import { validateTermsAcceptedStep } from "./steps/validate-terms-accepted"
import type { TadamonStripeContext } from "../../modules/stripe-payment/service"
import { completeCartFields } from "./utils/cart-fields"
import { cooperativeOfOrder, splitCartByCooperative, type CooperativeRef, type SplittableCart } from "../../domain/orders/split-cart"
import { undoInterruptedCheckoutWorkflow } from "./undo-interrupted-checkout"

export const ORDER_GROUP_PLACED = "order_group.placed"

export type CompleteCartWithCooperativeOrdersInput = {
  cart_id: string
  /** The request's language, for the names a refusal quotes (a cooperative's); the cart's own otherwise. */
  locale?: string
}

const createOrderGroupPlacedHook = (input: {
  order_group_id: WorkflowData<string>
  cart_id: WorkflowData<string> | string
  order_ids: WorkflowData<string[]>
}) => createHook("orderGroupPlaced", input)

type CompletableCart = Omit<CartWorkflowDTO, "items"> & { items: (CartLineItemDTO & { variant: ProductVariantDTO })[] }

/**
 * Tadamon's cart completion: one order group and one Medusa order per cooperative.
 *
 * Composed from Medusa's own completion steps (lock, validation, order creation, inventory
 * confirmation and reservation, events), each with its compensation: a failure anywhere leaves no
 * group, no order, no reservation and no authorized payment. The lock on the cart id (in Redis
 * when REDIS_URL is set) and the unique `cart_id` of the group make completion exactly-once: the
 * same cart completed again, or concurrently, returns the existing group.
 *
 * A crash is no failure: the process dies and nothing compensates. So the group is written first,
 * `placing`, and everything after it carries the cart's id (orders and payment collections in their
 * metadata, reservations through the orders' lines); the group turns `placed` once the orders,
 * reservations, payments, links and the cart's `completed_at` are all written. A `placing` group
 * found under the lock is therefore an interrupted run: it is undone, and the cart placed afresh.
 *
 * For the same reason the run is not checkpointed (`store` off, unlike Medusa's own completion):
 * recovery reads the group's marker, never a stored execution, and writing the whole execution
 * after each of its ~25 steps cost more than every check it runs (bench: 1.4× stock Medusa's
 * completion with checkpoints, 1.0× without, for one cooperative).
 */
export const completeCartWithCooperativeOrdersWorkflow = createWorkflow(
  { name: "complete-cart-with-cooperative-orders", store: false },
  (input: CompleteCartWithCooperativeOrdersInput) => {
    acquireLockStep({ key: input.cart_id, timeout: 30, ttl: 120 })

    const { data: existingGroups } = useQueryGraphStep({
      entity: "order_group",
      fields: ["id", "status"],
      filters: { cart_id: input.cart_id },
    }).config({ name: "existing-order-group" })
    const existingGroupId = transform({ existingGroups }, ({ existingGroups }) =>
      existingGroups[0]?.status === "placed" ? (existingGroups[0].id) : undefined
    )
    const interruptedGroupId = transform({ existingGroups }, ({ existingGroups }) =>
      existingGroups[0]?.status === "placing" ? (existingGroups[0].id) : undefined
    )
    when("undo-interrupted-completion", { interruptedGroupId }, ({ interruptedGroupId }) => !!interruptedGroupId).then(() => {
      undoInterruptedCheckoutWorkflow.runAsStep({
        input: transform({ interruptedGroupId, input }, ({ interruptedGroupId, input }) => ({
          order_group_id: interruptedGroupId as string,
          cart_id: input.cart_id,
        })),
      })
    })

    // Assigned while the branch below is composed (composition runs synchronously).
    let orderGroupPlaced!: ReturnType<typeof createOrderGroupPlacedHook>
    const placedGroupId = when("place-cooperative-orders", { existingGroupId }, ({ existingGroupId }) => !existingGroupId).then(
      () => {
        const { data: cartEntity } = useQueryGraphStep({
          entity: "cart",
          fields: completeCartFields,
          filters: { id: input.cart_id },
          options: { isList: false, throwIfKeyNotFound: true },
        }).config({ name: "cart-query" })
        // One boundary: query.graph returns the generated entity type; the core steps take their
        // DTOs, the split takes the fields it reads. Both views are of the same record.
        const cart = transform({ cartEntity }, ({ cartEntity }) => cartEntity as unknown as CompletableCart)
        const splittable = transform({ cartEntity }, ({ cartEntity }) => cartEntity as unknown as SplittableCart)

        validateCartStep({ cart })
        validateCartItemsStep({ cart })
        // The customer accepted the terms of sale in force (law 31-08), before anything is touched.
        validateTermsAcceptedStep(transform({ cart }, ({ cart }) => ({ metadata: cart.metadata ?? null })))
        const productIds = transform({ splittable }, ({ splittable }) => [
          ...new Set(splittable.items.flatMap((item) => item.variant?.product?.id ?? item.product_id ?? [])),
        ])
        // The client proposes, the server decides: what is sold, how many, at what price, now.
        // These checks only read, independently of each other: they run side by side.
        const [, , paymentSessions, { data: products }] = parallelize(
          validateCartLinesStep(
            transform({ splittable }, ({ splittable }) => ({
              sales_channel_id: splittable.sales_channel_id,
              locale: splittable.locale,
              items: splittable.items.map((item) => ({
                id: item.id,
                title: item.title,
                variant_title: item.variant_title,
                variant_id: item.variant_id,
                quantity: item.quantity,
              })),
            }))
          ),
          validateCartPricesStep(transform({ cartEntity }, ({ cartEntity }) => cartEntity as unknown as PricedCart)),
          validateCartPaymentsStep({ cart }),
          useQueryGraphStep({
            entity: "product",
            fields: ["id", "cooperative.id", "cooperative.handle", "cooperative.name"],
            filters: { id: productIds },
            options: transform({ input, splittable }, ({ input, splittable }) => {
              const locale = input.locale ?? splittable.locale
              return locale ? { locale } : {}
            }),
          }).config({ name: "product-cooperatives-query" })
        )

        // Which cooperative ships what; a cooperative without a shipping method is refused here,
        // before a card is touched (MissingShippingMethodError, answered in the request's language).
        const parts = transform({ splittable, products }, ({ splittable, products }) => {
          const cooperativeOfProduct = new Map<string, CooperativeRef>()
          for (const product of products as Array<{ id: string; cooperative?: CooperativeRef | null }>) {
            if (product.cooperative) {
              cooperativeOfProduct.set(product.id, product.cooperative)
            }
          }
          return splitCartByCooperative(splittable, cooperativeOfProduct)
        })

        // A card pays for the whole cart with one PaymentIntent, confirmed by the customer's browser:
        // authorize it first (a declined card stops here, before anything is written); a later
        // failure cancels the authorization. The provider accepts only this session's own intent,
        // for what the cart owes now.
        const cardSession = transform({ paymentSessions }, ({ paymentSessions }) =>
          paymentSessions[0]?.provider_id === PAYMENT_PROVIDERS.cashOnDelivery ? null : paymentSessions[0]
        )
        // (Medusa's step does nothing without a session id: the cash-on-delivery case.)
        const cardPayment = authorizePaymentSessionStep(
          // `parts` is read first: the split refuses a cart missing a shipping method before a card is touched.
          transform({ cardSession, cart, parts }, ({ cardSession, cart }) => {
            const context: TadamonStripeContext = {
              tadamon_expected_amount: Number(cart.total),
              tadamon_expected_currency: cart.currency_code,
            }
            return { id: cardSession?.id ?? "", context }
          })
        )

        // validateShippingStep reads only the options' ids and shipping profiles.
        const shippingOptions = transform({ splittable }, ({ splittable }) =>
          (splittable.shipping_methods ?? []).flatMap((method) =>
            method.shipping_option ? [method.shipping_option as unknown as ShippingOptionDTO] : []
          )
        )
        validateShippingStep({ cart, shippingOptions })

        // Which market edition and door (stand QR, edition page) the visit came through.
        const attribution = resolveAttributionStep(
          transform({ cart, parts }, ({ cart, parts }) => ({
            metadata: cart.metadata ?? null,
            cooperative_ids: parts.map((part) => part.cooperative.id),
          }))
        )

        // The marker, `placing`, before any order is written.
        const group = createOrderGroupStep(
          transform({ cart, paymentSessions, attribution }, ({ cart, paymentSessions, attribution }) => ({
            ...attribution,
            cart_id: cart.id,
            customer_id: cart.customer_id ?? null,
            email: cart.email as string,
            locale: cart.locale ?? null,
            currency_code: cart.currency_code,
            total: Number(cart.total),
            payment_provider_id: paymentSessions[0].provider_id,
            status: "placing" as const,
          }))
        )

        const orders = createOrdersStep(transform({ parts }, ({ parts }) => parts.map((part) => part.order)))

        const inventoryInput = transform({ cartEntity, cart, orders }, ({ cartEntity, cart, orders }) => {
          type InventoryVariant = ConfirmVariantInventoryWorkflowInputDTO["variants"][number]
          const items = (cartEntity as unknown as { items: Array<{ variant_id: string | null; variant?: InventoryVariant }> }).items
          const variants = new Map<string, InventoryVariant>()
          for (const item of items) {
            if (item.variant_id && item.variant) {
              variants.set(item.variant_id, item.variant)
            }
          }
          const input: ConfirmVariantInventoryWorkflowInputDTO = {
            sales_channel_id: cart.sales_channel_id as string,
            variants: [...variants.values()],
            items: orders.flatMap((order) =>
              (order.items ?? []).map((item) => ({ id: item.id, variant_id: item.variant_id as string, quantity: item.quantity }))
            ),
          }
          return input
        })
        const reservations = confirmVariantInventoryWorkflow.runAsStep({ input: inventoryInput })
        reserveInventoryStep(reservations)

        const orderIds = transform({ orders }, ({ orders }) => orders.map((order) => order.id))
        const { data: orderTotals } = useQueryGraphStep({
          entity: "order",
          fields: ["id", "total"],
          filters: { id: orderIds },
        }).config({ name: "order-totals-query" })
        validateOrderTotalsStep(
          transform({ cart, orderTotals }, ({ cart, orderTotals }) => ({
            cart_total: cart.total,
            orders: orderTotals.map((order) => ({ id: order.id, total: order.total })),
          }))
        )

        const payments = authorizeOrderPaymentsStep(
          transform({ cart, orderTotals, paymentSessions, cardPayment }, ({ cart, orderTotals, paymentSessions, cardPayment }) => ({
            provider_id: paymentSessions[0].provider_id,
            cart_id: cart.id,
            // The intent the provider itself read when it authorized the cart's payment.
            share_of: cardPayment ? (typeof cardPayment.data?.id === "string" ? cardPayment.data.id : null) : null,
            currency_code: cart.currency_code,
            customer_id: cart.customer_id ?? null,
            email: cart.email ?? null,
            orders: orderTotals.map((order) => ({ order_id: order.id, amount: Number(order.total) })),
          }))
        )

        const links = transform({ group, parts, orders, payments }, ({ group, parts, orders, payments }) => {
          const definitions: LinkDefinition[] = []
          for (const order of orders) {
            // Medusa lists the created orders back in no set order: each order names its cooperative
            // (its metadata, written by the split), never its position.
            const cooperative = cooperativeOfOrder(order, parts)
            definitions.push({
              [ORDER_GROUP_MODULE]: { order_group_id: group.id },
              [Modules.ORDER]: { order_id: order.id },
            })
            definitions.push({
              [COOPERATIVE_MODULE]: { cooperative_id: cooperative.id },
              [Modules.ORDER]: { order_id: order.id },
            })
          }
          for (const payment of payments) {
            definitions.push({
              [Modules.ORDER]: { order_id: payment.order_id },
              [Modules.PAYMENT]: { payment_collection_id: payment.payment_collection_id },
            })
          }
          return definitions
        })
        createRemoteLinkStep(links)

        updateCartsStep(transform({ cart }, ({ cart }) => [{ id: cart.id, completed_at: new Date() }]))

        // For extensions (e.g. market-edition attribution); a hook that throws rolls everything back.
        orderGroupPlaced = createOrderGroupPlacedHook({
          order_group_id: transform({ group }, ({ group }) => group.id),
          cart_id: input.cart_id,
          order_ids: orderIds,
        })

        markOrderGroupPlacedStep(transform({ group }, ({ group }) => group.id))

        // Money moves last: the card's PaymentIntent is captured once, in full, then each order's
        // share is recorded. Nothing after this can fail but the lock's release; if it does, the
        // capture is refunded.
        captureOrderSharesStep(
          transform({ cardPayment, payments }, ({ cardPayment, payments }) => ({
            card_payment_id: cardPayment?.id ?? null,
            share_payment_ids: payments.map((payment) => payment.payment_id),
          }))
        )

        emitEventStep({
          eventName: OrderWorkflowEvents.PLACED,
          data: transform({ orderIds }, ({ orderIds }) => orderIds.map((id) => ({ id }))),
        }).config({ name: "emit-orders-placed" })
        emitEventStep({
          eventName: ORDER_GROUP_PLACED,
          data: transform({ group }, ({ group }) => ({ id: group.id })),
        }).config({ name: "emit-order-group-placed" })

        return transform({ group }, ({ group }) => group.id)
      }
    )

    releaseLockStep({ key: input.cart_id })

    return new WorkflowResponse(
      transform({ placedGroupId, existingGroupId }, ({ placedGroupId, existingGroupId }) => ({
        order_group_id: (placedGroupId ?? existingGroupId) as string,
        created: !!placedGroupId,
      })),
      { hooks: [orderGroupPlaced] }
    )
  }
)

