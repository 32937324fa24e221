import type { MedusaContainer } from "@medusajs/framework/types"
import { expireCooperativeDocumentsWorkflow } from "../workflows/moderation/expire-cooperative-documents"

/**
 * Every day at 01:00: logs the documents that expired (a verified document stops counting at the
 * end of its `valid_until` day whatever this job does) and emails their cooperatives.
 */
export default async function expireCooperativeDocumentsJob(container: MedusaContainer) {
  await expireCooperativeDocumentsWorkflow(container).run({ input: {} })
}

export const config = {
  name: "expire-cooperative-documents",
  schedule: "0 1 * * *",
}
