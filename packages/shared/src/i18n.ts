/**
 * `@tadamon/shared/i18n`: the interface languages and the Store API's field errors in each of
 * them. No geography data, so client components may import its values.
 */
export * from "./locales"
export * from "./validation-messages"
