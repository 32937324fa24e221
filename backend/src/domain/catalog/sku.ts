import { randomSuffix } from "../onboarding/handle"

/** SKUs start with the cooperative's handle, then a random part and the variant's rank. */
export function skuPrefix(cooperativeHandle: string): string {
  // A handle cut after a dash would give "…--"; a handle has no dash at its ends otherwise.
  return `${cooperativeHandle.slice(0, 20).replace(/-+$/, "").toUpperCase()}-${randomSuffix(6).toUpperCase()}`
}
