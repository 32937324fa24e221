import { invalidRequest, missingParam } from "./errors"
import type { ParamValue, Params } from "./form"

/** Typed readers over parsed form params, failing with Stripe's own 400 messages. */

export function optionalString(params: Params, key: string): string | undefined {
  const value = params[key]
  if (value === undefined) {
    return undefined
  }
  if (typeof value !== "string") {
    throw invalidRequest(`Invalid string: ${key}`, { param: key })
  }
  return value
}

export function requiredString(params: Params, key: string): string {
  const value = optionalString(params, key)
  if (value === undefined || value === "") {
    throw missingParam(key)
  }
  return value
}

/** Stripe lets `""` unset a nullable field; that is returned as `null`. */
export function nullableString(params: Params, key: string): string | null | undefined {
  const value = optionalString(params, key)
  return value === "" ? null : value
}

export function optionalInteger(params: Params, key: string): number | undefined {
  const value = optionalString(params, key)
  if (value === undefined) {
    return undefined
  }
  if (!/^\d+$/.test(value)) {
    throw invalidRequest(`Invalid integer: ${value}`, { param: key, code: "parameter_invalid_integer" })
  }
  return Number(value)
}

export function positiveAmount(params: Params, key: string): number | undefined {
  const value = optionalInteger(params, key)
  if (value !== undefined && value < 1) {
    throw invalidRequest("This value must be greater than or equal to 1.", { param: key, code: "parameter_invalid_integer" })
  }
  return value
}

export function optionalBoolean(params: Params, key: string): boolean | undefined {
  const value = optionalString(params, key)
  if (value === undefined) {
    return undefined
  }
  if (value !== "true" && value !== "false") {
    throw invalidRequest(`Invalid boolean: ${value}`, { param: key })
  }
  return value === "true"
}

export function optionalObject(params: Params, key: string): Params | undefined {
  const value = params[key]
  if (value === undefined || value === "") {
    return undefined
  }
  if (typeof value !== "object" || Array.isArray(value)) {
    throw invalidRequest(`Invalid object: ${key}`, { param: key })
  }
  return value
}

export function stringList(params: Params, key: string): string[] | undefined {
  const value: ParamValue | undefined = params[key]
  if (value === undefined) {
    return undefined
  }
  const list = Array.isArray(value) ? value : [value]
  return list.filter((item): item is string => typeof item === "string")
}

/** `metadata[key]=value` sets, `metadata[key]=` removes, `metadata=` clears all (Stripe's semantics). */
export function mergeMetadata(current: Record<string, string>, params: Params): Record<string, string> {
  const value = params.metadata
  if (value === undefined) {
    return current
  }
  if (value === "") {
    return {}
  }
  if (typeof value !== "object" || Array.isArray(value)) {
    throw invalidRequest("Invalid object", { param: "metadata" })
  }
  const next = { ...current }
  for (const [key, item] of Object.entries(value)) {
    if (typeof item !== "string") {
      throw invalidRequest(`Invalid metadata value for ${key}`, { param: `metadata[${key}]` })
    }
    if (item === "") {
      delete next[key]
    } else {
      next[key] = item
    }
  }
  return next
}

/** Converts parsed params back into plain JSON values (numbers stay strings, as Stripe echoes most of them typed; callers convert). */
export function plain(value: ParamValue | undefined): unknown {
  if (value === undefined) {
    return undefined
  }
  if (typeof value === "string") {
    return value
  }
  if (Array.isArray(value)) {
    return value.map(plain)
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plain(item)]))
}
