import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { StoreOrderGroupResponse } from "@tadamon/shared"
import { createHash, timingSafeEqual } from "node:crypto"
import { listStoreOrderGroups } from "../../../utils/order-groups"
import { requestLocale } from "../../../utils/request-locale"
import type { StoreGetOrderGroupParamsType } from "../validators"

/**
 * One order group by its reference. A guest proves it is theirs with the order's email; a signed-in
 * customer sees their own groups without it. Anything else is "not found", never "forbidden", so a
 * reference alone reveals nothing, not even by the time of the answer: whether the reference exists
 * or not, the route reads the same three columns once and compares emails in constant time; the
 * group itself is read only for whoever may see it. (The `order_lookup_*` rate limits count the
 * refusals.)
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, StoreGetOrderGroupParamsType>,
  res: MedusaResponse<StoreOrderGroupResponse>
) => {
  const reference = req.params.reference.trim().toUpperCase()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [candidate],
  } = await query.graph({ entity: "order_group", fields: ["id", "email", "customer_id"], filters: { reference, status: "placed" } })
  const customerId = req.auth_context?.actor_id
  const owned = !!customerId && candidate?.customer_id === customerId
  const emailMatches = sameEmail(req.validatedQuery.email, candidate?.email)
  if (!candidate || !(owned || emailMatches)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${reference} was not found`)
  }
  const { groups } = await listStoreOrderGroups(req.scope, { id: candidate.id }, { skip: 0, take: 1 }, requestLocale(req))
  res.json({ order_group: groups[0] })
}

/** Compares digests of both emails (case aside), so a missing email or group costs the same work. */
function sameEmail(given: string | undefined, stored: string | null | undefined): boolean {
  const digest = (text: string) => createHash("sha256").update(text.trim().toLowerCase()).digest()
  const equal = timingSafeEqual(digest(given ?? ""), digest(stored ?? "\u0000"))
  return equal && !!given && !!stored
}
