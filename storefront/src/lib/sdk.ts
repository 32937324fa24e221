import "server-only"
import Medusa from "@medusajs/js-sdk"
import { backendUrl, publishableKey } from "./env"

let instance: Medusa | undefined

/**
 * The storefront's one Medusa client. It is created on first use, in the running server, so the
 * backend URL and the publishable key come from the environment of `next start`, never of `next build`.
 *
 * It is shared by every visitor, so it must never hold a customer's token: `nostore` keeps
 * `sdk.auth.login`/`register` from remembering one, and each per-visitor call passes the token from
 * the visitor's httpOnly cookie in its own headers (`visitorHeaders`).
 */
export function sdk(): Medusa {
  instance ??= new Medusa({
    baseUrl: backendUrl(),
    publishableKey: publishableKey(),
    auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
  })
  return instance
}
