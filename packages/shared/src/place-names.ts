/**
 * Folding of Moroccan place names as people type them, so that "Fès", "FES", "fes", "فاس",
 * "إقليم فاس" and "Province de Fès" compare equal. Used to look names up, never to display them.
 */

// After NFKD, Latin accents are combining marks (é → e + U+0301) and the hamza forms are
// letters followed by a combining hamza or madda (أ → ا + U+0654, آ → ا + U+0653, ؤ → و + U+0654).
const LATIN_MARKS = /[\u0300-\u036f]/g
// Tashkeel, Quranic marks, the combining hamza and madda, superscript alef, tatweel.
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g
// Invisible direction and joining marks pasted along with Arabic text.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g

const LETTERS: Record<string, string> = {
  "ء": "", // a lone hamza has no bare letter
  "ٱ": "ا",
  "ة": "ه",
  "ى": "ي",
  "ی": "ي",
  "ک": "ك",
  // The Moroccan g (ݣ, ڭ, گ) is written ك in official names: أكادير, كلميم.
  "ݣ": "ك",
  "ڭ": "ك",
  "گ": "ك",
  "ڤ": "ف",
  "ß": "ss",
  "æ": "ae",
  "œ": "oe",
  "ø": "o",
  "ł": "l",
  "ı": "i",
}
const LETTER_PATTERN = new RegExp(`[${Object.keys(LETTERS).join("")}]`, "g")

/** Administrative words before (or, in English, after) a name: "Province de", "عمالة", "City of". */
const LEADING_WORDS: readonly string[][] = [
  ["prefecture", "des", "arrondissements", "de"],
  ["prefecture", "des", "arrondissements", "d"],
  ...["province", "prefecture", "wilaya", "ville", "commune", "cercle", "caidat"].flatMap((word) => [
    [word, "de"],
    [word, "du"],
    [word, "des"],
    [word, "d"],
    [word, "of"],
    [word],
  ]),
  ["city", "of"],
  ["town", "of"],
  ["عماله", "مقاطعات"],
  ["اقليم"],
  ["عماله"],
  ["ولايه"],
  ["مدينه"],
  ["جماعه"],
  ["بلديه"],
]
const TRAILING_WORDS = new Set(["province", "prefecture", "city", "town"])

/** A leading word read as an article: "El Jadida" = "Jadida", "Es-Semara" = "Semara". */
const LATIN_ARTICLES = new Set(["al", "el", "l", "le", "la", "es", "er", "ed", "ez", "ech", "en", "et", "ad", "ar", "as", "at"])
const ARABIC_ARTICLE = "ال"

/**
 * Lower case, no accents, Arabic letters folded (hamza forms to bare letters, ة → ه, ى → ي,
 * no tashkeel or tatweel), any punctuation or run of spaces as one space.
 */
export function foldText(input: string): string {
  return input
    .normalize("NFKD")
    .replace(INVISIBLE, "")
    .replace(LATIN_MARKS, "")
    .replace(ARABIC_MARKS, "")
    .toLowerCase()
    .replace(LETTER_PATTERN, (letter) => LETTERS[letter] ?? letter)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
}

function startsWith(words: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length < words.length && prefix.every((word, index) => words[index] === word)
}

/**
 * The key two spellings of one place name share: folded, administrative words and a leading
 * article dropped, no spaces (hyphens, apostrophes and spaces are interchangeable), repeated
 * letters once ("Laayoune" = "Layoune"). Empty when nothing is left.
 */
export function placeKey(input: string): string {
  let words = foldText(input).split(" ").filter(Boolean)
  const prefix = LEADING_WORDS.find((candidate) => startsWith(words, candidate))
  if (prefix) {
    words = words.slice(prefix.length)
  }
  if (words.length > 1 && TRAILING_WORDS.has(words[words.length - 1])) {
    words = words.slice(0, -1)
  }
  if (words.length > 1 && LATIN_ARTICLES.has(words[0])) {
    words = words.slice(1)
  }
  if (words.length && words[0].startsWith(ARABIC_ARTICLE) && words[0].length > ARABIC_ARTICLE.length + 1) {
    words = [words[0].slice(ARABIC_ARTICLE.length), ...words.slice(1)]
  }
  return words.join("").replace(/(\p{L})\1+/gu, "$1")
}
