"use client"

import { createContext, use, useActionState, type ReactNode } from "react"
import { useFormStatus } from "react-dom"
import { IDLE, type FormState } from "@/lib/form-state"

type Action = (state: FormState, formData: FormData) => Promise<FormState>

const FormStateContext = createContext<FormState>(IDLE)

/** The state the enclosing `ActionForm`'s server action last answered. */
export function useFormAnswer(): FormState {
  return use(FormStateContext)
}

type Props = {
  action: Action
  children: ReactNode
  className?: string
  testId?: string
  "aria-label"?: string
  "aria-labelledby"?: string
}

/**
 * A form posting to a server action. Without JavaScript the browser posts it and Next renders the
 * answer into the page; with JavaScript React sends it and the fields inside read the answer
 * (errors, values) from context. The fields themselves can be server-rendered.
 */
export function ActionForm({ action, children, className, testId, ...aria }: Props) {
  const [state, formAction] = useActionState(action, IDLE)
  return (
    <FormStateContext value={state}>
      <form action={formAction} className={className} data-testid={testId} {...aria}>
        {children}
      </form>
    </FormStateContext>
  )
}

/** The form's message: an alert for an error, a status for a success; `children` follow a success. */
export function FormMessage({ testId, children }: { testId?: string; children?: ReactNode }) {
  const state = useFormAnswer()
  if (state.status === "idle" || (!state.message && !children)) {
    return <p className="form-message" role="status" aria-live="polite" data-testid={testId} hidden />
  }
  const error = state.status === "error"
  return (
    <p
      className={`form-message form-message--${state.status}`}
      role={error ? "alert" : "status"}
      aria-live={error ? "assertive" : "polite"}
      data-testid={testId}
      data-status={state.status}
    >
      {state.message}
      {!error && children ? <> {children}</> : null}
    </p>
  )
}

/** A submit button that says it is busy while the action runs. */
export function SubmitButton({
  children,
  pendingLabel,
  className = "button",
  testId,
  disabled,
  name,
  value,
}: {
  children: ReactNode
  pendingLabel?: string
  className?: string
  testId?: string
  disabled?: boolean
  name?: string
  value?: string
}) {
  const { pending } = useFormStatus()
  return (
    <button
      type="submit"
      className={className}
      data-testid={testId}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      name={name}
      value={value}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  )
}
