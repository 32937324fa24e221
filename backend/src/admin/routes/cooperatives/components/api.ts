import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminCooperativeListResponse,
  AdminCooperativeResponse,
  AdminModerationEventListResponse,
  AdminReviewProductResponse,
  AdminReviewQueueResponse,
  CooperativeStatus,
} from "@tadamon/shared"
import { sdk } from "../../../lib/sdk"

/** The organizers' moderation API, as react-query hooks (one query key per resource). */
export const moderationKeys = {
  cooperatives: (status: CooperativeStatus | "all", offset: number) => ["moderation", "cooperatives", status, offset] as const,
  cooperative: (id: string) => ["moderation", "cooperative", id] as const,
  events: (id: string) => ["moderation", "events", id] as const,
  queue: (offset: number) => ["moderation", "review-queue", offset] as const,
}

export const PAGE_SIZE = 20

export function useCooperatives(status: CooperativeStatus | "all", offset: number) {
  return useQuery({
    queryKey: moderationKeys.cooperatives(status, offset),
    queryFn: () =>
      sdk.client.fetch<AdminCooperativeListResponse>("/admin/cooperatives", {
        query: { ...(status === "all" ? {} : { status }), limit: PAGE_SIZE, offset },
      }),
  })
}

export function useCooperative(id: string) {
  return useQuery({
    queryKey: moderationKeys.cooperative(id),
    queryFn: () => sdk.client.fetch<AdminCooperativeResponse>(`/admin/cooperatives/${id}`),
  })
}

export function useModerationEvents(id: string) {
  return useQuery({
    queryKey: moderationKeys.events(id),
    queryFn: () => sdk.client.fetch<AdminModerationEventListResponse>(`/admin/cooperatives/${id}/moderation-events`, { query: { limit: 100 } }),
  })
}

export function useReviewQueue(offset: number) {
  return useQuery({
    queryKey: moderationKeys.queue(offset),
    queryFn: () => sdk.client.fetch<AdminReviewQueueResponse>("/admin/products/review-queue", { query: { limit: PAGE_SIZE, offset } }),
  })
}

export type CooperativeAction =
  | { kind: "approve" | "reinstate" }
  | { kind: "reject" | "suspend"; reason: string }
  | { kind: "trust"; trusted: boolean }
  | { kind: "verify"; document_id: string; valid_until: string | null }
  | { kind: "refuse"; document_id: string; reason: string }

function send(id: string, action: CooperativeAction): Promise<AdminCooperativeResponse> {
  const post = (path: string, body: Record<string, unknown>) =>
    sdk.client.fetch<AdminCooperativeResponse>(`/admin/cooperatives/${id}${path}`, { method: "POST", body })
  switch (action.kind) {
    case "approve":
    case "reinstate":
      return post(`/${action.kind}`, {})
    case "reject":
    case "suspend":
      return post(`/${action.kind}`, { reason: action.reason })
    case "trust":
      return post("/trust", { trusted: action.trusted })
    case "verify":
      return post(`/documents/${action.document_id}/verify`, { decision: "verify", ...(action.valid_until ? { valid_until: action.valid_until } : {}) })
    case "refuse":
      return post(`/documents/${action.document_id}/verify`, { decision: "refuse", reason: action.reason })
  }
}

/** One decision about a cooperative or its documents; refreshes the cooperative, its log and the lists. */
export function useCooperativeAction(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (action: CooperativeAction) => send(id, action),
    onSuccess: (data) => {
      client.setQueryData(moderationKeys.cooperative(id), data)
      void client.invalidateQueries({ queryKey: ["moderation"] })
    },
  })
}

export type ProductDecision = { product_id: string; decision: "publish" } | { product_id: string; decision: "reject"; reason: string }

export function useProductReview() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ product_id, ...body }: ProductDecision) =>
      sdk.client.fetch<AdminReviewProductResponse>(`/admin/products/${product_id}/review`, { method: "POST", body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ["moderation"] })
    },
  })
}

/** The message of a failed call: the first field error when the API named one. */
export function errorMessage(error: unknown): string {
  if (error && typeof error === "object" && "message" in error && typeof error.message === "string") {
    return error.message
  }
  return String(error)
}
