import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { renderCooperativeStatusEmailStep, type CooperativeStatusEmailStepInput } from "../onboarding/steps/render-member-emails"

/** Emails a cooperative's owner the organizers' decision (approved, application refused, suspended). */
export const sendCooperativeStatusEmailWorkflow = createWorkflow(
  "send-cooperative-status-email",
  (input: CooperativeStatusEmailStepInput) => {
    const notifications = renderCooperativeStatusEmailStep(input)
    return new WorkflowResponse(sendNotificationsStep(notifications))
  }
)
