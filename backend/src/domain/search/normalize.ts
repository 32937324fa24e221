import { foldText } from "@tadamon/shared/geography"

/**
 * Text as the search index holds it and as queries are compared with it: one form per word,
 * whatever the way people type it in Arabic, French or English.
 *
 * - Arabic: diacritics (tashkeel) and tatweel dropped; hamza forms (أ إ آ ٱ ؤ ئ) folded onto their
 *   carrier letter; ة → ه and ى → ي; the article «ال» (and «وال», «بال», «فال», «كال», «لل») dropped.
 * - Latin: accents dropped, lower case, elided articles (l', d', qu'…) dropped, apostrophes inside a
 *   word removed (za'atar → zaatar), a plural -s/-x dropped and -aux → -al (figues → figue,
 *   médicinaux → medicinal).
 * - Eastern Arabic digits read as Western ones.
 */

const ARABIC_SCRIPT = /[\u0600-\u06ff]/
/** A French elided article or pronoun before an apostrophe: l'huile, d'olive, qu'il. */
const LATIN_ELISION = /(^|[^\p{L}\p{N}])(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’ʼ](?=\p{L})/giu
/** An apostrophe inside a word, which people type or leave out: za'atar = zaatar, 3a'sal. */
const INNER_APOSTROPHE = /(?<=[\p{L}\p{N}])['’ʼ`](?=[\p{L}\p{N}])/gu
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g

/** The Arabic article and its common attached forms, longest first; the rest must keep 2 letters. */
const ARABIC_ARTICLES = ["وال", "بال", "فال", "كال", "لل", "ال"]

/** Words that carry no meaning in a product search, in their normalised form. */
const STOP_WORDS: ReadonlySet<string> = new Set([
  // French
  "de", "du", "des", "la", "le", "les", "et", "a", "au", "aux", "en", "un", "une", "pour", "avec", "sur", "par", "ou",
  // English
  "the", "of", "and", "an", "with", "for", "in", "from", "on", "or", "to",
  // Arabic (after folding)
  "و", "من", "في", "علي", "مع", "عن", "او", "ب", "ل",
])

function westernDigit(digit: string): string {
  const code = digit.charCodeAt(0)
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660)
}

/**
 * A text as words of one form: elisions and inner apostrophes read first (the shared folding turns
 * punctuation into spaces), then folded like place names are (lower case, no accents or tashkeel,
 * hamza forms and letter variants folded), Eastern Arabic digits as Western ones.
 */
function foldedWords(text: string): string[] {
  const joined = text.replace(LATIN_ELISION, "$1").replace(INNER_APOSTROPHE, "").replace(EASTERN_DIGITS, westernDigit)
  return foldText(joined).split(" ").filter(Boolean)
}

function stemArabic(word: string): string {
  for (const article of ARABIC_ARTICLES) {
    if (word.startsWith(article) && word.length - article.length >= 2) {
      return word.slice(article.length)
    }
  }
  return word
}

function stemLatin(word: string): string {
  if (word.length >= 5 && word.endsWith("aux")) {
    return `${word.slice(0, -3)}al`
  }
  if (word.length >= 4 && /[sx]$/.test(word) && !word.endsWith("ss")) {
    return word.slice(0, -1)
  }
  return word
}

/** One word (already folded) in the index's form: the Arabic article or a Latin plural dropped. */
function stem(word: string): string {
  return ARABIC_SCRIPT.test(word) ? stemArabic(word) : stemLatin(word)
}

/** One word as typed, in the index's form. */
export function normalizeWord(raw: string): string {
  return foldedWords(raw).map(stem).join("")
}

/** The words of a text in the index's form, in order, stop words and repeats included. */
export function wordsOf(text: string): string[] {
  return foldedWords(text).map(stem).filter((word) => word.length > 0)
}

/** The distinct meaningful words of some texts: what a search document holds. */
export function indexWords(...texts: Array<string | null | undefined>): string[] {
  const words = new Set<string>()
  for (const text of texts) {
    if (text) {
      for (const word of wordsOf(text)) {
        if (!STOP_WORDS.has(word)) {
          words.add(word)
        }
      }
    }
  }
  return [...words]
}

/**
 * The words of a query, distinct, in order, at most `limit` of them. Stop words are dropped unless
 * nothing else is left (someone searching "de" gets "de").
 */
export function queryWords(query: string, limit = 8): string[] {
  const all = [...new Set(wordsOf(query))]
  const meaningful = all.filter((word) => !STOP_WORDS.has(word))
  return (meaningful.length ? meaningful : all).slice(0, limit)
}
