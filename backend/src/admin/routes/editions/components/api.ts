import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminCooperativeListResponse,
  AdminEditionConfigResponse,
  AdminEditionDeleteResponse,
  AdminEditionInput,
  AdminEditionListResponse,
  AdminEditionResponse,
} from "@tadamon/shared"
import { useTranslation } from "react-i18next"
import { sdk } from "../../../lib/sdk"

/** The organizers' edition API as react-query hooks. */
export const editionKeys = {
  all: ["editions"] as const,
  list: () => ["editions", "list"] as const,
  one: (id: string) => ["editions", "one", id] as const,
  config: () => ["editions", "config"] as const,
  cooperatives: () => ["editions", "approved-cooperatives"] as const,
}

export function useEditions() {
  return useQuery({
    queryKey: editionKeys.list(),
    queryFn: () => sdk.client.fetch<AdminEditionListResponse>("/admin/editions"),
  })
}

export function useEdition(id: string) {
  return useQuery({
    queryKey: editionKeys.one(id),
    queryFn: () => sdk.client.fetch<AdminEditionResponse>(`/admin/editions/${id}`),
  })
}

export function useEditionConfig() {
  return useQuery({
    queryKey: editionKeys.config(),
    queryFn: () => sdk.client.fetch<AdminEditionConfigResponse>("/admin/editions/config"),
    staleTime: Infinity,
  })
}

/** Cooperatives that may hold a stand: the approved ones. */
export function useApprovedCooperatives() {
  return useQuery({
    queryKey: editionKeys.cooperatives(),
    queryFn: () =>
      sdk.client.fetch<AdminCooperativeListResponse>("/admin/cooperatives", { query: { status: "approved", limit: 100, offset: 0 } }),
  })
}

/** Creates (no id) or updates an edition; the API answers field errors in the Admin's language. */
export function useSaveEdition(id: string | null) {
  const client = useQueryClient()
  const { i18n } = useTranslation("editions")
  return useMutation({
    mutationFn: (body: AdminEditionInput) =>
      sdk.client.fetch<AdminEditionResponse>(id ? `/admin/editions/${id}` : "/admin/editions", {
        method: "POST",
        body,
        query: { locale: i18n.language },
      }),
    onSuccess: (data) => {
      client.setQueryData(editionKeys.one(data.edition.id), data)
      void client.invalidateQueries({ queryKey: editionKeys.list() })
    },
  })
}

export function useDeleteEdition(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => sdk.client.fetch<AdminEditionDeleteResponse>(`/admin/editions/${id}`, { method: "DELETE" }),
    onSuccess: () => {
      client.removeQueries({ queryKey: editionKeys.one(id) })
      void client.invalidateQueries({ queryKey: editionKeys.list() })
    },
  })
}

/** The message of a failed call (the API's, already localized for field errors). */
export function errorMessage(error: unknown): string {
  if (error && typeof error === "object" && "message" in error && typeof error.message === "string") {
    return error.message
  }
  return String(error)
}
