import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreEditionListResponse } from "@tadamon/shared"
import { EDITION_SUMMARY_FIELDS, editionSummaryOf, newestFirst, type StoredEdition } from "./serializers"
import type { StoreGetEditionsType } from "./validators"

/**
 * Market editions, newest first, in the reader's language (`?locale=` or `x-medusa-locale`);
 * `?status=upcoming|open|closed` is computed from the Moroccan day at request time. One query.
 */
export const GET = async (req: MedusaRequest<unknown, StoreGetEditionsType>, res: MedusaResponse<StoreEditionListResponse>) => {
  const { status } = req.validatedQuery as StoreGetEditionsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    {
      entity: "edition",
      fields: [...EDITION_SUMMARY_FIELDS, "participants.id", "participants.cooperative.status"],
    },
    { locale: req.locale }
  )
  const now = new Date()
  const editions = (data as StoredEdition[])
    .map((edition) =>
      editionSummaryOf(
        edition,
        (edition.participants ?? []).filter((participant) => participant?.cooperative?.status === "approved").length,
        now
      )
    )
    .filter((edition) => !status || edition.status === status)
    .sort(newestFirst)
  res.json({ editions })
}
