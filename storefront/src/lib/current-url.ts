/**
 * Request header that `proxy.ts` sets to the path and query the visitor asked for, so server
 * components (the language switch) can link to the same page in another language without JavaScript.
 * The proxy overwrites any value a client sends.
 */
export const CURRENT_URL_HEADER = "x-tadamon-url"
