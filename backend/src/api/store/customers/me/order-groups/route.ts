import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreOrderGroupListResponse } from "@tadamon/shared"
import { listStoreOrderGroups } from "../../../../utils/order-groups"
import { requestLocale } from "../../../../utils/request-locale"
import type { StoreGetOrderGroupsParamsType } from "../../../order-groups/validators"

/** The signed-in customer's order history: each group with its per-cooperative orders. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, StoreGetOrderGroupsParamsType>,
  res: MedusaResponse<StoreOrderGroupListResponse>
) => {
  const limit = req.validatedQuery.limit ?? 10
  const offset = req.validatedQuery.offset ?? 0
  const { groups, count } = await listStoreOrderGroups(
    req.scope,
    { customer_id: req.auth_context.actor_id },
    { skip: offset, take: limit },
    requestLocale(req)
  )
  res.json({ order_groups: groups, count, limit, offset })
}
