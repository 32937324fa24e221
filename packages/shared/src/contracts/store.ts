/**
 * `@tadamon/shared/contracts/store`: what the Store API and the storefront share: checkout and
 * order groups, cooperatives as the store shows them, market editions (with the organizers' edition
 * forms) and attribution.
 */
export * from "../checkout"
export * from "../cooperative"
export * from "../market"
export * from "../search"
export * from "../legal"
export * from "../privacy"
export * from "../favourites"
export * from "../reviews"
