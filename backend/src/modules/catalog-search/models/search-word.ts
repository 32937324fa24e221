import { model } from "@medusajs/framework/utils"

/**
 * Every word the index has seen (the lexicon): a query's typos and prefixes are resolved against
 * it, a few thousand rows, instead of against every document. Words are never removed: a stale one
 * only widens a query to a word no document holds.
 */
const SearchWord = model.define("search_word", {
  word: model.text().primaryKey(),
})

export default SearchWord
