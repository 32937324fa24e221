import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VendorApplicationResponse } from "@tadamon/shared"
import { applyForCooperativeWorkflow } from "../../../workflows/onboarding/apply-for-cooperative"
import {
  toVendorCooperative,
  toVendorDocument,
  toVendorMember,
  VENDOR_COOPERATIVE_FIELDS,
  VENDOR_DOCUMENT_FIELDS,
} from "../../utils/vendor-serializers"
import { requestLocale } from "../../utils/request-locale"
import type { VendorApplicationType } from "./validators"

/**
 * A cooperative applies (bearer token of the identity its owner just registered): the cooperative
 * is created pending, with its owner and documents. The identity then needs a fresh token
 * (`POST /auth/token/refresh` or signing in) to act as the member.
 */
export const POST = async (req: AuthenticatedMedusaRequest<VendorApplicationType>, res: MedusaResponse<VendorApplicationResponse>) => {
  const locale = requestLocale(req)
  const applied = await applyForCooperativeWorkflow(req.scope).run({
    input: { ...req.validatedBody, locale, auth_identity_id: req.auth_context.auth_identity_id },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cooperative],
  } = await query.graph({
    entity: "cooperative",
    fields: [
      ...VENDOR_COOPERATIVE_FIELDS,
      ...VENDOR_DOCUMENT_FIELDS.map((field) => `documents.${field}`),
    ],
    filters: { id: applied.result.cooperative.id },
  })
  res.json({
    cooperative: toVendorCooperative(cooperative),
    member: toVendorMember(applied.result.member),
    documents: (cooperative.documents ?? []).flatMap((document) => (document ? [toVendorDocument(document)] : [])),
  })
}
