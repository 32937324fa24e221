import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { conflictOnDuplicate } from "../../../utils/state-conflict"

export type CreateCooperativeMemberInput = {
  cooperative_id: string
  email: string
  first_name: string
  last_name: string
  phone?: string | null
  role: "owner" | "member"
  locale?: string | null
}

export const createCooperativeMembersStep = createStep(
  "create-cooperative-members",
  async (input: CreateCooperativeMemberInput[], { container }) => {
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const members = await conflictOnDuplicate(() => service.createCooperativeMembers(input), "This account already belongs to a cooperative")
    return new StepResponse(members, members.map((member) => member.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await service.deleteCooperativeMembers(ids)
  }
)
