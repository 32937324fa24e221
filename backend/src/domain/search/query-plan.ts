import { queryWords } from "./normalize"
import { transliterationsOf } from "./transliteration"
import { isNearMatch } from "./typos"

/**
 * What one word of a query matches: its own form and its transliterations (`exact`), and the
 * index's words it may have meant (`near`: a typo away, or, for the last word as it is being typed,
 * words it begins). A document matches the query when every word matches one of its words.
 */
export type WordPlan = { word: string; exact: string[]; near: string[] }

/** The shortest last word completed as a prefix ("fig" finds "figue"). */
export const PREFIX_MIN_LENGTH = 3
/** At most this many index words stand in for one query word. */
const MAX_NEAR_WORDS = 24

/** The query's words in the index's form (at most eight): what the lexicon is asked about. */
export function searchWords(query: string): string[] {
  return queryWords(query)
}

/**
 * The plan for a query's words, given the index words found near them (the lexicon's candidates:
 * anything within two edits or starting with a word). Candidates are checked here, so the
 * database may over-fetch.
 */
export function planQuery(words: readonly string[], candidates: readonly string[]): WordPlan[] {
  return words.map((word, index) => {
    const exact = [word, ...transliterationsOf(word)]
    const isLast = index === words.length - 1
    const near = candidates
      .filter((candidate) => !exact.includes(candidate))
      .filter(
        (candidate) =>
          isNearMatch(word, candidate) ||
          (isLast && [...word].length >= PREFIX_MIN_LENGTH && candidate.startsWith(word)) ||
          exact.slice(1).some((spelling) => isNearMatch(spelling, candidate))
      )
      .sort((a, b) => a.length - b.length || a.localeCompare(b))
      .slice(0, MAX_NEAR_WORDS)
    return { word, exact, near }
  })
}
