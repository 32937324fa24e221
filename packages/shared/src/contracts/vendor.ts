/**
 * `@tadamon/shared/contracts/vendor`: the cooperative portal's API (`/vendor/*`): joining,
 * members, documents, listings and their messages (vendor-catalog.ts re-exports those four
 * parts), orders and earnings.
 */
export * from "../vendor-catalog"
export * from "../vendor-orders"
