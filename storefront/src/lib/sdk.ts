import "server-only"
import Medusa from "@medusajs/js-sdk"
import { backendUrl, publishableKey } from "./env"

let instance: Medusa | undefined

/**
 * The storefront's one Medusa client. It is created on first use, in the running server, so the
 * backend URL and the publishable key come from the environment of `next start`, never of `next build`.
 */
export function sdk(): Medusa {
  instance ??= new Medusa({
    baseUrl: backendUrl(),
    publishableKey: publishableKey(),
  })
  return instance
}
