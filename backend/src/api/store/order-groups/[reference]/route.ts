import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { StoreOrderGroupResponse } from "@tadamon/shared"
import { listStoreOrderGroups } from "../../../utils/order-groups"
import type { StoreGetOrderGroupParamsType } from "../validators"

/**
 * One order group by its reference. A guest proves it is theirs with the order's email; a signed-in
 * customer sees their own groups without it. Anything else is "not found", never "forbidden", so a
 * reference alone reveals nothing.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, StoreGetOrderGroupParamsType>,
  res: MedusaResponse<StoreOrderGroupResponse>
) => {
  const reference = req.params.reference.trim().toUpperCase()
  const { groups } = await listStoreOrderGroups(req.scope, { reference }, { skip: 0, take: 1 })
  const group = groups[0]
  const customerId = req.auth_context?.actor_id
  const email = req.validatedQuery.email?.toLowerCase()
  const owned = !!group && !!customerId && (await ownedBy(req, group.id, customerId))
  if (!group || !(owned || (email && group.email.toLowerCase() === email))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${reference} was not found`)
  }
  res.json({ order_group: group })
}

async function ownedBy(req: AuthenticatedMedusaRequest, groupId: string, customerId: string) {
  const { groups } = await listStoreOrderGroups(req.scope, { id: groupId, customer_id: customerId }, { skip: 0, take: 1 })
  return groups.length > 0
}
