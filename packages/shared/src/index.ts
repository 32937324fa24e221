/**
 * Everything, for the backend, the Admin extensions and the journeys. Each line is one subpath of
 * the package's `exports` map: the storefront imports those instead, so a bundle takes only the
 * modules it names (the package is CommonJS, which bundlers do not tree-shake).
 */
export * from "./i18n"
export * from "./geography"
export * from "./money"
export * from "./contracts/store"
export * from "./contracts/vendor"
export * from "./contracts/admin"
export * from "./rate-limit"
export * from "./catalog-events"
