import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import {
  LOCALE_TAGS,
  type AdminCashClaimListResponse,
  type AdminCashCollectedResponse,
  type AdminImportRemittanceRequest,
  type AdminRemittanceListResponse,
  type AdminRemittanceResponse,
  type Locale,
} from "@tadamon/shared"
import { sdk } from "../../../lib/sdk"

/** Cash on delivery for organizers: Amana's remittance statements and the cash cooperatives declared. */
export const remittanceKeys = {
  list: ["settlement", "remittances"] as const,
  detail: (id: string) => ["settlement", "remittances", id] as const,
  claims: ["settlement", "cash-claims"] as const,
}

export function useRemittances() {
  return useQuery({
    queryKey: remittanceKeys.list,
    queryFn: () => sdk.client.fetch<AdminRemittanceListResponse>("/admin/settlement/remittances", { query: { limit: 20 } }),
  })
}

export function useRemittance(id: string | null) {
  return useQuery({
    queryKey: remittanceKeys.detail(id ?? ""),
    queryFn: () => sdk.client.fetch<AdminRemittanceResponse>(`/admin/settlement/remittances/${id}`),
    enabled: !!id,
  })
}

export function useCashClaims() {
  return useQuery({
    queryKey: remittanceKeys.claims,
    queryFn: () => sdk.client.fetch<AdminCashClaimListResponse>("/admin/settlement/cash-claims"),
  })
}

/** After cash is confirmed, statements and claims change too. */
function useRefreshSettlement() {
  const client = useQueryClient()
  return () => client.invalidateQueries({ queryKey: ["settlement"] })
}

/** Imports a statement; a file it cannot read is answered in the organizer's language. */
export function useImportRemittance(locale: Locale) {
  const client = useQueryClient()
  const refresh = useRefreshSettlement()
  return useMutation({
    mutationFn: (body: AdminImportRemittanceRequest) =>
      sdk.client.fetch<AdminRemittanceResponse>("/admin/settlement/remittances", {
        method: "POST",
        body,
        headers: { "x-medusa-locale": LOCALE_TAGS[locale] },
      }),
    onSuccess: (data) => {
      client.setQueryData(remittanceKeys.detail(data.remittance.id), data)
      return refresh()
    },
  })
}

export function useConfirmCash() {
  const refresh = useRefreshSettlement()
  return useMutation({
    mutationFn: (orderId: string) =>
      sdk.client.fetch<AdminCashCollectedResponse>(`/admin/orders/${orderId}/cash-collected`, { method: "POST", body: {} }),
    onSettled: () => refresh(),
  })
}
