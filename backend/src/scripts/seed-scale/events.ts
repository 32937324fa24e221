import { Modules } from "@medusajs/framework/utils"
import type { Container } from "../seed-steps/common"

/**
 * Runs `fn` while this process's event bus drops what is emitted. A benchmark catalog emits an
 * event per product, variant, inventory level and translation (hundreds of thousands for 50,000
 * products), and each would revalidate the storefront's cache and re-index search by itself: hours
 * of work repeated. The generator does what those subscribers do once, at its end (seed-scale.ts).
 * Only this `medusa exec` process's bus is muted, and only while `fn` runs; with Redis, no event
 * of the run reaches a running server's worker either.
 */
export async function withoutEvents<T>(container: Container, fn: () => Promise<T>): Promise<T> {
  const eventBus = container.resolve(Modules.EVENT_BUS)
  const emit = eventBus.emit.bind(eventBus)
  eventBus.emit = () => Promise.resolve()
  try {
    return await fn()
  } finally {
    eventBus.emit = emit
  }
}
