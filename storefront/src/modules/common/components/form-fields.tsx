"use client"

import type { HTMLInputAutoCompleteAttribute, HTMLInputTypeAttribute, ReactNode } from "react"
import { useFormAnswer } from "./action-form"

type FieldProps = {
  name: string
  label: string
  defaultValue?: string
  required?: boolean
  hint?: string
  /** Shown after the label of an optional field, e.g. "(optional)". */
  optionalLabel?: string
  /** Prefix of the element ids, so two forms on a page keep unique ids. */
  idPrefix?: string
}

function useField(name: string, defaultValue: string | undefined, idPrefix: string) {
  const state = useFormAnswer()
  const id = `${idPrefix}${name}`
  const error = state.fieldErrors?.[name]
  return {
    id,
    error,
    errorId: `${id}-error`,
    // After an answer React resets the form; remounting with the values sent keeps what was typed.
    key: `${id}-${state.submission ?? 0}`,
    value: state.values?.[name] ?? defaultValue ?? "",
  }
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={id} className="field__error" data-testid="field-error">
      {error}
    </p>
  ) : null
}

/** A labelled input showing the backend's error for its name, if any. */
export function TextField({
  name,
  label,
  defaultValue,
  required,
  hint,
  optionalLabel,
  idPrefix = "",
  type = "text",
  autoComplete,
  inputMode,
  dir,
  maxLength,
}: FieldProps & {
  type?: HTMLInputTypeAttribute
  autoComplete?: HTMLInputAutoCompleteAttribute
  inputMode?: "text" | "email" | "tel" | "numeric"
  dir?: "ltr" | "rtl" | "auto"
  maxLength?: number
}) {
  const field = useField(name, type === "password" ? undefined : defaultValue, idPrefix)
  const hintId = hint ? `${field.id}-hint` : undefined
  const describedBy = [hintId, field.error ? field.errorId : undefined].filter(Boolean).join(" ") || undefined
  return (
    <div className={field.error ? "field field--invalid" : "field"}>
      <label htmlFor={field.id}>
        {label}
        {optionalLabel ? <span className="field__optional"> {optionalLabel}</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <input
        key={field.key}
        id={field.id}
        name={name}
        type={type}
        defaultValue={type === "password" ? undefined : field.value}
        required={required}
        autoComplete={autoComplete}
        inputMode={inputMode}
        dir={dir}
        maxLength={maxLength}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy}
      />
      <FieldError id={field.errorId} error={field.error} />
    </div>
  )
}

/** A labelled select showing the backend's error for its name, if any. */
export function SelectField({
  name,
  label,
  defaultValue,
  required,
  idPrefix = "",
  children,
  onChange,
}: FieldProps & { children: ReactNode; onChange?: (value: string) => void }) {
  const field = useField(name, defaultValue, idPrefix)
  return (
    <div className={field.error ? "field field--invalid" : "field"}>
      <label htmlFor={field.id}>{label}</label>
      <select
        key={field.key}
        id={field.id}
        name={name}
        defaultValue={field.value}
        required={required}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={field.error ? field.errorId : undefined}
        onChange={onChange ? (event) => onChange(event.target.value) : undefined}
      >
        {children}
      </select>
      <FieldError id={field.errorId} error={field.error} />
    </div>
  )
}

/** The answer's error for an input rendered elsewhere (a server-rendered radio group). */
export function FormFieldError({ name, id }: { name: string; id: string }) {
  const error = useFormAnswer().fieldErrors?.[name]
  return <FieldError id={id} error={error} />
}
