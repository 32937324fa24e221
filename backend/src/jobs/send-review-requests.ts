import type { MedusaContainer } from "@medusajs/framework/types"
import { sendReviewRequestsWorkflow } from "../workflows/review/send-review-requests"

/** Every hour: asks the customers whose orders were delivered a few days ago to review their products. */
export default async function sendReviewRequestsJob(container: MedusaContainer) {
  await sendReviewRequestsWorkflow(container).run({ input: {} })
}

export const config = {
  name: "send-review-requests",
  schedule: "20 * * * *",
}
