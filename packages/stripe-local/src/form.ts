/**
 * Stripe's wire format: `application/x-www-form-urlencoded` bodies and query strings with
 * bracketed keys (`metadata[session_id]=…`, `expand[0]=payment_method`, `expand[]=customer`,
 * `payment_method_data[card][number]=…`), as the `stripe` client encodes them with `qs`.
 */

export type ParamValue = string | Params | ParamValue[]
export interface Params {
  [key: string]: ParamValue
}

function splitKey(key: string): string[] {
  const first = key.indexOf("[")
  if (first <= 0) {
    return [key]
  }
  const parts = [key.slice(0, first)]
  const pattern = /\[([^\]]*)\]/g
  let match: RegExpExecArray | null
  while ((match = pattern.exec(key.slice(first))) !== null) {
    parts.push(match[1])
  }
  return parts
}

function assign(target: Params, path: string[], value: string): void {
  let node: Params = target
  for (let i = 0; i < path.length - 1; i += 1) {
    const part = path[i] === "" ? String(Object.keys(node).length) : path[i]
    const next = node[part]
    if (typeof next !== "object" || next === null || Array.isArray(next)) {
      node[part] = {}
    }
    node = node[part] as Params
  }
  const last = path[path.length - 1]
  node[last === "" ? String(Object.keys(node).length) : last] = value
}

/** Objects whose keys are exactly 0..n-1 become arrays, recursively. */
function arrayify(value: ParamValue): ParamValue {
  if (typeof value === "string" || Array.isArray(value)) {
    return value
  }
  const keys = Object.keys(value)
  const converted: Params = {}
  for (const key of keys) {
    converted[key] = arrayify(value[key])
  }
  const isList = keys.length > 0 && keys.every((key, index) => key === String(index))
  return isList ? keys.map((key) => converted[key]) : converted
}

export function parseForm(body: string): Params {
  const root: Params = {}
  if (!body) {
    return root
  }
  for (const [key, value] of new URLSearchParams(body)) {
    assign(root, splitKey(key), value)
  }
  return arrayify(root) as Params
}

/** Encodes params the way the `stripe` client does (`a[b][0]=c`); used by tests and the control API docs. */
export function encodeForm(params: Record<string, unknown>, prefix = ""): string {
  const parts: string[] = []
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) {
      continue
    }
    const name = prefix ? `${prefix}[${key}]` : key
    if (typeof value === "object") {
      const nested = encodeForm(value as Record<string, unknown>, name)
      if (nested) {
        parts.push(nested)
      }
    } else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
      parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`)
    }
  }
  return parts.join("&")
}
