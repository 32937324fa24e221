/**
 * `@tadamon/shared/geography`: Morocco's regions and provinces, place names, the province
 * resolver, phone numbers, postal addresses and a cooperative's identity as a seller. It loads the
 * JSON data in src/data (about 55 kB), so it is for the server: a client component takes types from
 * it, never values.
 */
export * from "./regions"
export * from "./place-names"
export * from "./province-resolver"
export * from "./phone"
export * from "./address"
export * from "./seller"
