import "server-only"
import type { Locale } from "@tadamon/shared/i18n"
import { getTranslations } from "next-intl/server"
import { failure, type FormState } from "../forms"
import type { StoreFailure } from "../store-send"

/**
 * How the portal's server actions answer a refusal of the cooperative API (not a server action
 * module itself: nothing here is callable from the browser).
 */

/**
 * The backend's field errors by input name. Inputs are named after the request body's paths
 * (`cooperative.name`, `variants.1.price`), so most errors land on their input as they are;
 * `rename` maps the others (a document's index to its slot in the form).
 */
export function fieldErrorsByPath(
  errors: StoreFailure["errors"],
  rename: (field: string) => string = (field) => field
): Record<string, string> {
  const byInput: Record<string, string> = {}
  for (const error of errors) {
    byInput[rename(error.field)] ??= error.message
  }
  return byInput
}

type FailureOptions = {
  values?: Record<string, string>
  rename?: (field: string) => string
  /** A message for 409 that says what conflicted, in the form's own words. */
  conflict?: string
}

/**
 * A form's answer to a refused request: field errors next to their inputs (already in the
 * member's language), or one message for the whole form chosen by the HTTP status.
 */
export async function vendorFailure(result: StoreFailure, locale: Locale, { values, rename, conflict }: FailureOptions = {}): Promise<FormState> {
  const t = await getTranslations({ locale, namespace: "vendor" })
  if (result.errors.length > 0) {
    return failure(t("errorFix"), { values, fieldErrors: fieldErrorsByPath(result.errors, rename) })
  }
  switch (result.status) {
    case 0:
      return failure(t("errorNetwork"), { values })
    case 401:
      return failure(t("errorSession"), { values })
    case 403:
      return failure(t("errorNotAllowed"), { values })
    case 404:
      return failure(t("errorGone"), { values })
    case 409:
      return failure(conflict ?? t("errorConflict"), { values })
    default:
      return failure(t("error"), { values })
  }
}
