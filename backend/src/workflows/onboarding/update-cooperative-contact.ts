import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CatalogEvents, cooperativeReadOnly, normalizeMoroccanPhone } from "@tadamon/shared"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { invalidField } from "../../utils/field-error"
import { updateCooperativesStep, type CooperativeUpdate } from "./steps/update-cooperative-records"

export type UpdateCooperativeContactWorkflowInput = {
  cooperative_id: string
  /** The member asking: the cooperative's owner. */
  actor_member_id: string
  /** A Moroccan number as people write it; null clears it. Left as is when absent. */
  contact_phone?: string | null
  /** Null (or empty) clears it. Left as is when absent. */
  contact_email?: string | null
}

/**
 * The caller owns this cooperative (re-checked here for the record, beyond the route's middleware)
 * and the cooperative may still change its data; the phone in its stored form (+212…), the email
 * trimmed and in lower case. Read-only.
 */
const validateCooperativeContactStep = createStep(
  "validate-cooperative-contact",
  async (input: UpdateCooperativeContactWorkflowInput, { container }) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const [member] = await service.listCooperativeMembers(
      { id: input.actor_member_id, cooperative_id: input.cooperative_id },
      { relations: ["cooperative"] }
    )
    if (!member) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative ${input.cooperative_id} was not found`)
    }
    if (member.role !== "owner") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only the cooperative's owner can change its contact details")
    }
    if (cooperativeReadOnly(member.cooperative.status)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This cooperative is ${member.cooperative.status}: it cannot change its data`)
    }
    const update: CooperativeUpdate = { id: input.cooperative_id }
    if (input.contact_phone !== undefined) {
      const phone = input.contact_phone?.trim() ? normalizeMoroccanPhone(input.contact_phone) : null
      if (input.contact_phone?.trim() && !phone) {
        throw invalidField("contact_phone", "invalid_phone")
      }
      update.contact_phone = phone
    }
    if (input.contact_email !== undefined) {
      update.contact_email = input.contact_email?.trim().toLowerCase() || null
    }
    return new StepResponse(update)
  }
)

/**
 * A cooperative's owner changes the contact details its customers read as the seller's (law
 * 31-08): phone and email. Only the fields given change; the step's compensation restores them.
 * `cooperative.updated` expires the storefront's cached cooperative and product pages.
 */
export const updateCooperativeContactWorkflow = createWorkflow(
  "update-cooperative-contact",
  (input: UpdateCooperativeContactWorkflowInput) => {
    const update = validateCooperativeContactStep(input)
    updateCooperativesStep(transform({ update }, ({ update }) => [update]))
    emitEventStep({
      eventName: CatalogEvents.COOPERATIVE_UPDATED,
      data: transform({ update }, ({ update }) => ({ id: update.id })),
    })
    return new WorkflowResponse(update)
  }
)
