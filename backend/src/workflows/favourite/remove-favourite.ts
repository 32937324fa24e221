import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteFavouriteStep, type DeleteFavouriteInput } from "./steps/delete-favourite"

/** Un-saves a product or unfollows a cooperative for a customer; a no-op when it was not saved. */
export const removeFavouriteWorkflow = createWorkflow("remove-favourite", (input: DeleteFavouriteInput) => {
  return new WorkflowResponse(deleteFavouriteStep(input))
})
