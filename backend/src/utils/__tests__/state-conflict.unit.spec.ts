import { MedusaError } from "@medusajs/framework/utils"
import { conflictOnDuplicate, stateConflict, stateConflictMessage } from "../state-conflict"

describe("state conflicts", () => {
  it("reads a state rule's message, also once the workflow engine has serialized the error", () => {
    const error = stateConflict("Accept order #12 before preparing it")
    expect(stateConflictMessage(error)).toBe("Accept order #12 before preparing it")
    expect(stateConflictMessage(JSON.parse(JSON.stringify({ ...error, message: error.message })))).toBe("Accept order #12 before preparing it")
  })

  it("leaves Medusa's own conflicts (a workflow already running) and other errors to Medusa", () => {
    expect(stateConflictMessage(new MedusaError(MedusaError.Types.CONFLICT, "Transaction already started"))).toBeNull()
    expect(stateConflictMessage(new MedusaError(MedusaError.Types.INVALID_DATA, "bad", "invalid_state_error"))).toBeNull()
    expect(stateConflictMessage(null)).toBeNull()
    expect(stateConflictMessage("conflict")).toBeNull()
  })

  it("answers a unique index's duplicate as the conflict the check would have raised, and nothing else", async () => {
    const duplicate = conflictOnDuplicate(() => Promise.reject(new MedusaError(MedusaError.Types.DUPLICATE_ERROR, "Cooperative with handle: x, already exists.")), "The handle x is already taken")
    await expect(duplicate).rejects.toMatchObject({ type: MedusaError.Types.CONFLICT, message: "The handle x is already taken" })
    const other = new MedusaError(MedusaError.Types.NOT_FOUND, "gone")
    await expect(conflictOnDuplicate(() => Promise.reject(other), "never")).rejects.toBe(other)
    await expect(conflictOnDuplicate(() => Promise.resolve(7), "never")).resolves.toBe(7)
  })
})
