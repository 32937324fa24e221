import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import {
  LOCALES,
  type AdminCommissionResponse,
  type AdminCooperativeListResponse,
  type AdminCooperativeStatementResponse,
  type AdminCreatePayoutRequest,
  type AdminPayoutResponse,
  type AdminUpdateCommissionRequest,
  type Locale,
} from "@tadamon/shared"
import type { AdminSalesReportResponse, SalesGrouping } from "../../../../api/admin/reports/types"
import { sdk } from "../../../lib/sdk"

/** The organizers' reports and settlement API, as react-query hooks. */
export const reportKeys = {
  sales: (params: SalesParams) => ["reports", "sales", params.from, params.to, params.group_by] as const,
  commission: ["settlement", "commission"] as const,
  statement: (cooperativeId: string) => ["settlement", "statement", cooperativeId] as const,
  cooperatives: ["settlement", "cooperatives"] as const,
}

export type SalesParams = { from: string; to: string; group_by: SalesGrouping }

export function useSalesReport(params: SalesParams) {
  return useQuery({
    queryKey: reportKeys.sales(params),
    queryFn: () => sdk.client.fetch<AdminSalesReportResponse>("/admin/reports/sales", { query: params }),
  })
}

/** Where the CSV of a report downloads from (same origin: the organizer's session cookie goes with it). */
export function salesCsvUrl(params: SalesParams): string {
  return `/admin/reports/sales/export.csv?${new URLSearchParams(params).toString()}`
}

export function useCommission() {
  return useQuery({
    queryKey: reportKeys.commission,
    queryFn: () => sdk.client.fetch<AdminCommissionResponse>("/admin/settlement/commission"),
  })
}

export function useUpdateCommission() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: AdminUpdateCommissionRequest) =>
      sdk.client.fetch<AdminCommissionResponse>("/admin/settlement/commission", { method: "POST", body }),
    onSuccess: (data) => client.setQueryData(reportKeys.commission, data),
  })
}

/** Every cooperative (the list route gives 100 at a time), for choosing whose account to settle. */
export function useSettlementCooperatives() {
  return useQuery({
    queryKey: reportKeys.cooperatives,
    queryFn: async () => {
      const cooperatives: AdminCooperativeListResponse["cooperatives"] = []
      for (let offset = 0; ; offset += 100) {
        const page = await sdk.client.fetch<AdminCooperativeListResponse>("/admin/cooperatives", { query: { limit: 100, offset } })
        cooperatives.push(...page.cooperatives)
        if (!page.cooperatives.length || cooperatives.length >= page.count) {
          return { cooperatives }
        }
      }
    },
  })
}

export function useStatement(cooperativeId: string | null) {
  return useQuery({
    queryKey: reportKeys.statement(cooperativeId ?? ""),
    queryFn: () => sdk.client.fetch<AdminCooperativeStatementResponse>(`/admin/settlement/cooperatives/${cooperativeId}/statement`),
    enabled: !!cooperativeId,
  })
}

export function useCreatePayout() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: AdminCreatePayoutRequest) =>
      sdk.client.fetch<AdminPayoutResponse>("/admin/settlement/payouts", { method: "POST", body }),
    onSuccess: (_data, body) => client.invalidateQueries({ queryKey: reportKeys.statement(body.cooperative_id) }),
  })
}

/** The Admin's language as one of Tadamon's locales (English when it is another). */
export function adminLocale(language: string | undefined): Locale {
  const code = (language ?? "en").slice(0, 2)
  return (LOCALES as readonly string[]).includes(code) ? (code as Locale) : "en"
}

/** The message of an API error (Medusa's `{ message }`), or null. */
export function errorMessage(error: unknown): string | null {
  return error instanceof Error ? error.message : null
}
