import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

/**
 * Field updates of the cooperative module's records, each step keeping the previous values of
 * exactly the fields it changed so that its compensation puts them back.
 */
type Update = { id: string } & Record<string, unknown>

function previousOf<T extends Record<string, unknown>>(records: T[], updates: Update[]): Update[] {
  return updates.flatMap((update) => {
    const record = records.find((candidate) => candidate.id === update.id)
    return record ? [Object.fromEntries([["id", update.id], ...Object.keys(update).filter((key) => key !== "id").map((key) => [key, record[key] ?? null])]) as Update] : []
  })
}

export type CooperativeUpdate = {
  id: string
  status?: "pending" | "approved" | "suspended" | "rejected"
  trusted?: boolean
  status_reason?: string | null
  contact_phone?: string | null
  contact_email?: string | null
}

export const updateCooperativesStep = createStep(
  "update-cooperatives",
  async (updates: CooperativeUpdate[], { container }) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const before = await service.listCooperatives({ id: updates.map((update) => update.id) })
    const updated = await service.updateCooperatives(updates)
    return new StepResponse(updated, previousOf(before, updates))
  },
  async (previous, { container }) => {
    if (!previous?.length) {
      return
    }
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await service.updateCooperatives(previous)
  }
)

export type CooperativeDocumentUpdate = {
  id: string
  status?: "pending" | "verified" | "refused"
  verified_at?: Date | null
  verified_by?: string | null
  refusal_reason?: string | null
  valid_until?: Date | null
}

export const updateCooperativeDocumentsStep = createStep(
  "update-cooperative-documents",
  async (updates: CooperativeDocumentUpdate[], { container }) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const before = await service.listCooperativeDocuments({ id: updates.map((update) => update.id) })
    const updated = await service.updateCooperativeDocuments(updates)
    return new StepResponse(updated, previousOf(before, updates))
  },
  async (previous, { container }) => {
    if (!previous?.length) {
      return
    }
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await service.updateCooperativeDocuments(previous)
  }
)

export type CooperativeInvitationUpdate = {
  id: string
  status?: "pending" | "accepted" | "revoked"
  accepted_at?: Date | null
  member_id?: string | null
}

export const updateCooperativeInvitationsStep = createStep(
  "update-cooperative-invitations",
  async (updates: CooperativeInvitationUpdate[], { container }) => {
    if (!updates.length) {
      return new StepResponse([], [])
    }
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const before = await service.listCooperativeInvitations({ id: updates.map((update) => update.id) })
    const updated = await service.updateCooperativeInvitations(updates)
    return new StepResponse(updated, previousOf(before, updates))
  },
  async (previous, { container }) => {
    if (!previous?.length) {
      return
    }
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await service.updateCooperativeInvitations(previous)
  }
)
