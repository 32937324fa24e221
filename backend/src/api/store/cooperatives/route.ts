import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { findRegion, type StoreCooperativeListResponse } from "@tadamon/shared"
import type { StoreGetCooperativesParamsType } from "./validators"

/** Approved cooperatives, filtered by province, region or sector, in the request's locale. */
export const GET = async (
  req: MedusaRequest<unknown, StoreGetCooperativesParamsType>,
  res: MedusaResponse<StoreCooperativeListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { region, ...filters } = req.filterableFields as Omit<StoreGetCooperativesParamsType, "limit" | "offset" | "fields" | "order">

  const { data, metadata } = await query.graph(
    {
      entity: "cooperative",
      fields: req.queryConfig.fields,
      filters: {
        ...filters,
        ...(region ? { region: findRegion(region)?.code } : {}),
        status: "approved",
      },
      pagination: req.queryConfig.pagination,
    },
    { locale: req.locale }
  )

  res.json({
    cooperatives: data,
    count: metadata?.count ?? data.length,
    limit: metadata?.take ?? req.queryConfig.pagination.take ?? 12,
    offset: metadata?.skip ?? 0,
  })
}
