import "server-only"
import { backendUrl } from "./env"

/**
 * Whether next/image may optimise this URL: only files the backend serves under `/static/`
 * (the pattern next.config.ts allows). Anything else is shown as is rather than failing with a 400.
 */
export function isOptimizableImage(src: string): boolean {
  try {
    const url = new URL(src)
    const backend = new URL(backendUrl())
    return url.origin === backend.origin && url.pathname.startsWith("/static/")
  } catch {
    return false
  }
}
