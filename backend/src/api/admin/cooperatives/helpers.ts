import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AdminCooperativeDetail } from "@tadamon/shared"
import {
  toVendorCooperative,
  toVendorDocument,
  toVendorMember,
  VENDOR_COOPERATIVE_FIELDS,
  VENDOR_DOCUMENT_FIELDS,
  VENDOR_MEMBER_FIELDS,
} from "../../utils/vendor-serializers"

/** A cooperative as organizers see it: every field, its members and documents (`is_valid` computed now). */
export async function retrieveAdminCooperative(scope: MedusaContainer, id: string): Promise<AdminCooperativeDetail> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cooperative],
  } = await query.graph({
    entity: "cooperative",
    fields: [
      ...VENDOR_COOPERATIVE_FIELDS,
      "trusted",
      "created_at",
      ...VENDOR_MEMBER_FIELDS.map((field) => `members.${field}`),
      ...VENDOR_DOCUMENT_FIELDS.map((field) => `documents.${field}`),
    ],
    filters: { id },
  })
  if (!cooperative) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative ${id} was not found`)
  }
  const now = new Date()
  return {
    ...toVendorCooperative(cooperative),
    trusted: cooperative.trusted === true,
    created_at: new Date(cooperative.created_at).toISOString(),
    members: (cooperative.members ?? []).flatMap((member) => (member ? [toVendorMember(member)] : [])),
    documents: (cooperative.documents ?? []).flatMap((document) => (document ? [toVendorDocument(document, now)] : [])),
  }
}
