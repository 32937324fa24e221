import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_PROGRESS_FIELDS } from "../../../domain/orders/order-progress"
import { authorName } from "../../../domain/reviews/present"
import { REVIEWABLE_ORDER_FIELDS, reviewableLine, type ReviewableOrder } from "../../../domain/reviews/reviewable-line"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"
import { LocalizedFieldError } from "../../../utils/localized-field-error"
import { queryRows } from "../../../utils/query-rows"

export type ValidateReviewLineInput = { customer_id: string; order_id: string; line_item_id: string }

export type CheckedReviewLine = {
  product_id: string
  cooperative_id: string
  author_name: string
}

/**
 * The line to review: of the signed-in customer's own order (else "no such line", 404), delivered
 * (400), not yet reviewed (409). Read-only.
 */
export const validateReviewLineStep = createStep("validate-review-line", async (input: ValidateReviewLineInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    rows: [order],
  } = await queryRows<ReviewableOrder>(query, {
    entity: "order",
    fields: [...REVIEWABLE_ORDER_FIELDS, ...ORDER_PROGRESS_FIELDS],
    filters: { id: input.order_id },
  })
  const verdict = reviewableLine(order, input.line_item_id, input.customer_id)
  if ("problem" in verdict) {
    const { field, code, status } = verdict.problem
    throw new LocalizedFieldError(status === "not_found" ? MedusaError.Types.NOT_FOUND : MedusaError.Types.INVALID_DATA, [{ field, code }])
  }
  const reviews: ReviewModuleService = container.resolve(REVIEW_MODULE)
  const [existing] = await reviews.listReviews({ line_item_id: input.line_item_id }, { select: ["id"], take: 1 })
  if (existing) {
    throw new LocalizedFieldError(MedusaError.Types.CONFLICT, [{ field: "line_item_id", code: "review_exists" }])
  }
  const {
    data: [customer],
  } = await query.graph({ entity: "customer", fields: ["id", "first_name", "last_name"], filters: { id: input.customer_id } })
  const checked: CheckedReviewLine = {
    ...verdict.line,
    author_name: authorName(customer?.first_name, customer?.last_name),
  }
  return new StepResponse(checked)
})
