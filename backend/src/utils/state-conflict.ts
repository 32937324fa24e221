import { MedusaError } from "@medusajs/framework/utils"

/**
 * The code that marks a conflict as one of Tadamon's state rules ("Accept order #12 before
 * preparing it"), whose message the user must read. Medusa's error handler answers every other
 * `CONFLICT` (a workflow already running, a transaction clash) with a generic retry hint; the API's
 * error handler answers these with their own message.
 */
export const STATE_CONFLICT = "invalid_state_error"

/** A state rule refused the request: 409 with this message. */
export function stateConflict(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.CONFLICT, message, STATE_CONFLICT)
}

/**
 * The message of a state conflict, also when a workflow hands the error on as a plain object (the
 * workflow engine may serialize what a step threw); null for any other error.
 */
export function stateConflictMessage(error: unknown): string | null {
  if (!error || typeof error !== "object") {
    return null
  }
  const { type, code, message } = error as Record<string, unknown>
  return type === MedusaError.Types.CONFLICT && code === STATE_CONFLICT && typeof message === "string" ? message : null
}

/**
 * Runs a write whose unique index may refuse it (two requests racing past the same check), and
 * answers the database's duplicate as the state conflict the check would have raised.
 */
export async function conflictOnDuplicate<T>(write: () => Promise<T>, message: string): Promise<T> {
  try {
    return await write()
  } catch (error) {
    if ((error as { type?: unknown } | null)?.type === MedusaError.Types.DUPLICATE_ERROR) {
      throw stateConflict(message)
    }
    throw error
  }
}
