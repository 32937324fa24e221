import type { MedusaContainer } from "@medusajs/framework/types"
import { sendFavouritesDigestsWorkflow } from "../workflows/favourite/send-favourites-digests"

/**
 * Every day at 09:00: the weekly digest to each follower whose week has passed and whose followed
 * cooperatives have news (the workflow keeps it to one a week per customer).
 */
export default async function sendFavouritesDigestsJob(container: MedusaContainer) {
  await sendFavouritesDigestsWorkflow(container).run({ input: {} })
}

export const config = {
  name: "send-favourites-digests",
  schedule: "0 9 * * *",
}
