import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VendorCooperativeResponse } from "@tadamon/shared"
import { updateCooperativeContactWorkflow } from "../../../workflows/onboarding/update-cooperative-contact"
import { toVendorCooperative, VENDOR_COOPERATIVE_FIELDS } from "../../utils/vendor-serializers"
import { vendorOf } from "../context"
import type { VendorUpdateCooperativeType } from "./validators"

/** The signed-in member's cooperative. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<VendorCooperativeResponse>) => {
  res.json({ cooperative: await readCooperative(req) })
}

/** The owner changes the cooperative's contact details (phone, email), shown to customers as the seller's. */
export const POST = async (
  req: AuthenticatedMedusaRequest<VendorUpdateCooperativeType>,
  res: MedusaResponse<VendorCooperativeResponse>
) => {
  const { cooperative_id, member_id } = vendorOf(req)
  await updateCooperativeContactWorkflow(req.scope).run({
    input: { cooperative_id, actor_member_id: member_id, ...req.validatedBody },
  })
  res.json({ cooperative: await readCooperative(req) })
}

async function readCooperative(req: AuthenticatedMedusaRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cooperative],
  } = await query.graph({ entity: "cooperative", fields: [...VENDOR_COOPERATIVE_FIELDS], filters: { id: vendorOf(req).cooperative_id } })
  return toVendorCooperative(cooperative)
}
