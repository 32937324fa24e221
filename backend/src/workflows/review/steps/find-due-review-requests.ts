import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Locale } from "@tadamon/shared"
import { ORDER_PROGRESS_FIELDS, orderProgress, type ProgressOrder } from "../../../domain/orders/order-progress"
import { reviewRequestDue } from "../../../domain/reviews/review-request"
import { emailLocale } from "../../../emails/locale"
import { ORDER_PROGRESS_MODULE } from "../../../modules/order-progress"
import type OrderProgressModuleService from "../../../modules/order-progress/service"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"
import { queryRows } from "../../../utils/query-rows"

/** Deliveries older than this many days past the delay are not asked about any more. */
const WINDOW_DAYS = 30
/** At most this many emails per run; the next run takes the rest. */
const BATCH = 200
const DAY = 24 * 60 * 60 * 1000

export type DueReviewRequest = {
  order_id: string
  customer_id: string
  email: string
  locale: Locale
  first_name: string | null
  reference: string
  cooperative: string
  products: string[]
}

type CandidateOrder = ProgressOrder & {
  id: string
  email?: string | null
  customer_id?: string | null
  items?: Array<{ title?: string | null } | null> | null
  cooperative?: { name?: string | null } | null
  order_group?: { reference?: string | null; locale?: string | null } | null
  shipping_address?: { first_name?: string | null } | null
}

/**
 * The signed-in customers' orders delivered `days` days ago or more (up to a month past that),
 * still delivered (not cancelled since) and never asked about: the review_request rows are the
 * record of every request sent. Guest orders are left out (reviews need an account). Read-only.
 */
export const findDueReviewRequestsStep = createStep("find-due-review-requests", async (input: { now?: string }, { container }) => {
  const reviews: ReviewModuleService = container.resolve(REVIEW_MODULE)
  const progress: OrderProgressModuleService = container.resolve(ORDER_PROGRESS_MODULE)
  const now = input.now ? new Date(input.now) : new Date()
  const days = reviews.requestAfterDays
  const deliveries = await progress.listOrderProgressEvents(
    {
      event: "delivered",
      created_at: { $lte: new Date(now.getTime() - days * DAY), $gte: new Date(now.getTime() - (days + WINDOW_DAYS) * DAY) },
    },
    { select: ["order_id"], order: { created_at: "ASC" }, take: BATCH * 2 }
  )
  const orderIds = [...new Set(deliveries.map((event) => event.order_id))]
  if (!orderIds.length) {
    return new StepResponse([] as DueReviewRequest[])
  }
  const sent = new Set((await reviews.listReviewRequests({ order_id: orderIds }, { select: ["order_id"] })).map((request) => request.order_id))
  const pending = orderIds.filter((id) => !sent.has(id))
  if (!pending.length) {
    return new StepResponse([] as DueReviewRequest[])
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { rows } = await queryRows<CandidateOrder>(query, {
    entity: "order",
    fields: [
      "id",
      "email",
      "customer_id",
      "items.title",
      "cooperative.name",
      "order_group.reference",
      "order_group.locale",
      "shipping_address.first_name",
      ...ORDER_PROGRESS_FIELDS,
    ],
    filters: { id: pending },
  })
  const due = rows.flatMap((order): DueReviewRequest[] => {
    const state = orderProgress(order)
    if (!order.customer_id || !order.email || !order.order_group?.reference || state.status !== "delivered" || !reviewRequestDue(state.delivered_at, now, days)) {
      return []
    }
    return [
      {
        order_id: order.id,
        customer_id: order.customer_id,
        email: order.email,
        locale: emailLocale(order.order_group.locale),
        first_name: order.shipping_address?.first_name?.trim() || null,
        reference: order.order_group.reference,
        cooperative: order.cooperative?.name ?? "",
        products: (order.items ?? []).flatMap((item) => (item?.title ? [item.title] : [])),
      },
    ]
  })
  return new StepResponse(due.slice(0, BATCH))
})
