import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { findRegion, type StoreCooperativeListResponse } from "@tadamon/shared"
import { readsSeller, withSeller } from "../../../utils/cooperative-seller"
import { requestLocale } from "../../utils/request-locale"
import type { StoreGetCooperativesParamsType } from "./validators"

/**
 * Approved cooperatives, filtered by province, region or sector, in the request's locale, each
 * with its `seller` identity (law 31-08) unless `fields` leaves out what it is made from.
 */
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

  const locale = requestLocale(req)
  const seller = readsSeller(req.queryConfig.fields)
  res.json({
    cooperatives: seller ? data.map((cooperative) => withSeller(cooperative, locale)) : data,
    count: metadata?.count ?? data.length,
    limit: metadata?.take ?? req.queryConfig.pagination.take ?? 12,
    offset: metadata?.skip ?? 0,
  })
}
