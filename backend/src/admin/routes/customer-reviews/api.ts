import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { AdminReviewListResponse, AdminReviewResponse, ReviewStatus } from "@tadamon/shared"
import { sdk } from "../../lib/sdk"

export const REVIEWS_PAGE_SIZE = 20

const keys = {
  all: ["customer-reviews"] as const,
  list: (status: ReviewStatus | "all", offset: number) => ["customer-reviews", status, offset] as const,
}

/** Reviews for organizers: reported first (most reports first), then newest. */
export function useCustomerReviews(status: ReviewStatus | "all", offset: number) {
  return useQuery({
    queryKey: keys.list(status, offset),
    queryFn: () =>
      sdk.client.fetch<AdminReviewListResponse>("/admin/reviews", {
        query: { ...(status === "all" ? {} : { status }), limit: REVIEWS_PAGE_SIZE, offset },
      }),
  })
}

export type ReviewDecision = { id: string; decision: "hide"; reason: string } | { id: string; decision: "restore" }

/** Hides (with a reason) or restores a review; the decision is logged by the backend. */
export function useReviewDecision() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (decision: ReviewDecision) =>
      sdk.client.fetch<AdminReviewResponse>(`/admin/reviews/${decision.id}/${decision.decision}`, {
        method: "POST",
        body: decision.decision === "hide" ? { reason: decision.reason } : {},
      }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.all })
    },
  })
}
