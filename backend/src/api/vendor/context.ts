import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { cooperativeReadOnly, type CooperativeStatus } from "@tadamon/shared"

/** Who is calling a `/vendor` route: resolved once per request by `resolveVendor`. */
export type VendorContext = {
  member_id: string
  role: "owner" | "member"
  cooperative_id: string
  cooperative_status: CooperativeStatus
}

const contexts = new WeakMap<object, VendorContext>()

/** The calling member and their cooperative; every cooperative-scoped route reads it from here. */
export function vendorOf(req: AuthenticatedMedusaRequest): VendorContext {
  const context = contexts.get(req)
  if (!context) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "No cooperative member is signed in")
  }
  return context
}

/**
 * Resolves the signed-in member's cooperative once. A suspended (or rejected) cooperative can still read its
 * data but not change anything (403 on every write).
 */
export async function resolveVendor(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const memberId = req.auth_context?.actor_id
  if (!memberId || req.auth_context.actor_type !== "member") {
    return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in as a cooperative member"))
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [member],
  } = await query.graph({
    entity: "cooperative_member",
    fields: ["id", "role", "cooperative.id", "cooperative.status"],
    filters: { id: memberId },
  })
  if (!member?.cooperative) {
    return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "This member no longer belongs to a cooperative"))
  }
  const context: VendorContext = {
    member_id: member.id,
    role: member.role,
    cooperative_id: member.cooperative.id,
    cooperative_status: member.cooperative.status,
  }
  if (cooperativeReadOnly(context.cooperative_status) && req.method !== "GET") {
    res.status(403).json({ type: "not_allowed", message: `This cooperative is ${context.cooperative_status}: it can read its data but not change it` })
    return
  }
  contexts.set(req, context)
  next()
}

/** For owner-only routes (members, invitations): 403 for the other members. */
export function requireOwner(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (vendorOf(req).role !== "owner") {
    return next(new MedusaError(MedusaError.Types.FORBIDDEN, "Only the cooperative's owner can do this"))
  }
  next()
}
