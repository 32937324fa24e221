import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { StoreOrderGroupResponse } from "@tadamon/shared"
import { listStoreOrderGroups } from "../../../../../utils/order-groups"
import { requestLocale } from "../../../../../utils/request-locale"

/** One of the signed-in customer's order groups; another customer's is "not found". */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreOrderGroupResponse>) => {
  const reference = req.params.reference.trim().toUpperCase()
  const { groups } = await listStoreOrderGroups(
    req.scope,
    { reference, customer_id: req.auth_context.actor_id },
    { skip: 0, take: 1 },
    requestLocale(req)
  )
  if (!groups[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${reference} was not found`)
  }
  res.json({ order_group: groups[0] })
}
