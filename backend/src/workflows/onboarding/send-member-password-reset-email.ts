import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { renderMemberPasswordResetEmailStep, type MemberPasswordResetEmailStepInput } from "./steps/render-member-emails"

/** Emails a cooperative member the link to the portal's reset page. */
export const sendMemberPasswordResetEmailWorkflow = createWorkflow(
  "send-member-password-reset-email",
  (input: MemberPasswordResetEmailStepInput) => {
    const notifications = renderMemberPasswordResetEmailStep(input)
    return new WorkflowResponse(sendNotificationsStep(notifications))
  }
)
