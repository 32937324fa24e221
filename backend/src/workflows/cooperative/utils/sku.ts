import { randomSuffix } from "./handle"

/** SKUs start with the cooperative's handle, then a random part and the variant's rank. */
export function skuPrefix(cooperativeHandle: string): string {
  return `${cooperativeHandle.slice(0, 20).toUpperCase()}-${randomSuffix(6).toUpperCase()}`
}
