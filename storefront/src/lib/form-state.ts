/*
 * Client islands import this module: it imports nothing at run time (in particular nothing of
 * @tadamon/shared, see "Client components" in its README).
 */

/**
 * What a server action answers a form with (React `useActionState`). Messages are already in the
 * visitor's language. Client islands render it; with JavaScript off, Next renders the same state
 * into the page after the POST.
 */
export type FormState = {
  status: "idle" | "error" | "success"
  /** A message for the whole form. */
  message?: string
  /** Errors by input name (`phone`, `province`, `shipping_<cooperative id>`…). */
  fieldErrors?: Record<string, string>
  /** What was sent, to show it again (never passwords). */
  values?: Record<string, string>
  /** Different for every answer: fields remount with `values` after React resets the form. */
  submission?: number
}

export const IDLE: FormState = { status: "idle" }

export function failure(message: string | undefined, extra: Omit<FormState, "status" | "message"> = {}): FormState {
  return { status: "error", message, submission: Date.now(), ...extra }
}

export function success(message?: string, extra: Omit<FormState, "status" | "message"> = {}): FormState {
  return { status: "success", message, submission: Date.now(), ...extra }
}
