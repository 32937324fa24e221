/**
 * Input names of the product form, after the request body's paths (`POST /vendor/products`), so
 * the backend's field errors land next to their inputs. Imports nothing at run time: client
 * islands use it too.
 */

/** The languages of a product's texts: Arabic is the product's own, French and English translations. */
export const PRODUCT_TEXT_TABS = [
  { locale: "ar", title: "title", description: "description" },
  { locale: "fr", title: "translations.fr.title", description: "translations.fr.description" },
  { locale: "en", title: "translations.en.title", description: "translations.en.description" },
] as const

/** How many variant rows the form may hold (the backend allows 20; rows left blank are ignored). */
export const MAX_VARIANT_ROWS = 20

export const VARIANT_INPUTS = ["id", "option_value", "price", "stock", "stock_was"] as const

export function variantInput(row: number, input: (typeof VARIANT_INPUTS)[number]): string {
  return `variants.${row}.${input}`
}

/** Several values of one input (checkboxes) travel in the form's answer joined by new lines. */
export const LIST_SEPARATOR = "\n"
