import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { StoreEditionResponse } from "@tadamon/shared"
import {
  EDITION_SUMMARY_FIELDS,
  editionSummaryOf,
  PARTICIPANT_FIELDS,
  participantsOf,
  PROGRAM_FIELDS,
  programOf,
  type StoredEdition,
} from "../serializers"

/**
 * One edition by handle in the reader's language: dates, venue, status, program by day and time,
 * and the stands of approved cooperatives by stand number. One query.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse<StoreEditionResponse>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [found],
  } = await query.graph(
    {
      entity: "edition",
      fields: [...EDITION_SUMMARY_FIELDS, ...PARTICIPANT_FIELDS, ...PROGRAM_FIELDS],
      filters: { handle: req.params.handle },
    },
    { locale: req.locale }
  )
  if (!found) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Edition with handle ${req.params.handle} was not found`)
  }
  const edition = found as StoredEdition
  const participants = participantsOf(edition, { approvedOnly: true })
  res.json({
    edition: { ...editionSummaryOf(edition, participants.length, new Date()), program: programOf(edition), participants },
  })
}
