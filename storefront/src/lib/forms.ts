import { isLocale, type FieldError, type Locale } from "@tadamon/shared/i18n"

/** Reading and checking what forms send (server side); their answers are in `form-state.ts`. */
export { failure, IDLE, success, type FormState } from "./form-state"

/** A text input's value, trimmed; "" when missing. */
export function formText(formData: FormData, name: string): string {
  const value = formData.get(name)
  return typeof value === "string" ? value.trim() : ""
}

/** The `locale` hidden input every form carries; Arabic when missing or unknown. */
export function formLocale(formData: FormData): Locale {
  const value = formText(formData, "locale")
  return isLocale(value) ? value : "ar"
}

/** A whole number between min and max, or null. */
export function formInteger(formData: FormData, name: string, min: number, max: number): number | null {
  const text = formText(formData, name)
  if (!/^\d+$/.test(text)) {
    return null
  }
  const value = Number.parseInt(text, 10)
  return value >= min && value <= max ? value : null
}

/** The named text values of a form, to show them again after an error. */
export function formValues(formData: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, formText(formData, name)]))
}

/**
 * The backend's field errors keyed by input name: `shipping_address.phone` → `phone`,
 * `shipping_address.metadata.region` → `region`. The first error of a field wins (billing and
 * shipping addresses carry the same values, so their errors repeat).
 */
export function fieldErrorsByInput(errors: readonly FieldError[]): Record<string, string> {
  const byInput: Record<string, string> = {}
  for (const error of errors) {
    const name = error.field.split(".").pop() ?? error.field
    byInput[name] ??= error.message
  }
  return byInput
}

/**
 * Where to go after signing in: a path of this storefront in the same locale, never another site
 * (`//evil.example`, `https://…`, `/\evil`). Anything else gives the fallback.
 */
export function safeNextPath(value: string | undefined | null, locale: Locale, fallback: string): string {
  if (!value || !value.startsWith(`/${locale}`) || value.startsWith("//") || value.includes("\\")) {
    return fallback
  }
  const rest = value.slice(locale.length + 1)
  return rest === "" || rest.startsWith("/") || rest.startsWith("?") ? value : fallback
}

/** Medusa's emailpass provider sets no password rule; this is the storefront's. */
export const MIN_PASSWORD_LENGTH = 8
