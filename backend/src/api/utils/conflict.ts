import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { ApiErrorResponse } from "@tadamon/shared"

/**
 * Runs a route's work and answers a `CONFLICT` error with 409 and its own message. Medusa's error
 * handler answers every conflict with a generic "retry with an Idempotency-Key" message, which is
 * wrong for Tadamon's state rules ("Accept order #12 before preparing it") that the user must read.
 * Workflow errors can arrive as plain objects: the type is read, not the class.
 */
export async function answeringConflicts<T>(res: MedusaResponse<T | ApiErrorResponse>, work: () => Promise<void>): Promise<void> {
  try {
    await work()
  } catch (error) {
    const { type, message } = (error ?? {}) as { type?: unknown; message?: unknown }
    if (type === MedusaError.Types.CONFLICT && typeof message === "string") {
      res.status(409).json({ type: MedusaError.Types.CONFLICT, code: "invalid_state_error", message })
      return
    }
    throw error
  }
}
