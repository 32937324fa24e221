import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { type PasswordResetEmailStepInput, renderPasswordResetEmailStep } from "./steps/render-password-reset-email"

/** Emails a customer the link to choose a new password. */
export const sendPasswordResetEmailWorkflow = createWorkflow("send-password-reset-email", (input: PasswordResetEmailStepInput) => {
  const notifications = renderPasswordResetEmailStep(input)
  return new WorkflowResponse(sendNotificationsStep(notifications))
})
