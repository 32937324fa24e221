import { normalizeWord } from "./normalize"

/**
 * How people write the products' Arabic and Darija names in Latin letters: each group is one word,
 * whichever spelling is typed. Spellings are normalised like any word (the article, accents and
 * apostrophes go), so «za'atar», «Zaatar» and «الزعتر» meet.
 */
const GROUPS: readonly (readonly string[])[] = [
  ["زعتر", "zaatar", "zatar", "zaater", "zaatr", "zaâtar", "zahtar"],
  ["أركان", "أرگان", "argan", "argane", "argania"],
  ["نابوت", "nabout", "naboute", "nabut"],
  ["أملو", "amlou", "amlu", "amelou"],
  ["عسل", "assal", "asal", "3assal", "3asal"],
  ["زيتون", "zitoun", "zitoune", "zeitoun", "zaytoun"],
  ["كرموس", "karmous", "kermous", "karmouss"],
  ["كسكس", "couscous", "kuskus", "seksu", "sekssou"],
  ["سمن", "smen", "smenn"],
  ["زربية", "zarbia", "zerbiya", "zarbiya"],
  ["حناء", "henna", "hanna", "henné"],
  ["خزامى", "khozama", "khzama"],
  ["شيبة", "chiba", "shiba"],
  ["ورد", "ward"],
  ["تين", "karmous"],
]

const EQUIVALENTS: ReadonlyMap<string, readonly string[]> = (() => {
  const byWord = new Map<string, Set<string>>()
  for (const group of GROUPS) {
    const words = group.map(normalizeWord)
    for (const word of words) {
      const known = byWord.get(word) ?? new Set<string>()
      for (const other of words) {
        known.add(other)
      }
      byWord.set(word, known)
    }
  }
  return new Map([...byWord].map(([word, known]) => [word, [...known].filter((other) => other !== word)]))
})()

/** The other spellings of a normalised word (none when it has no known transliteration). */
export function transliterationsOf(word: string): readonly string[] {
  return EQUIVALENTS.get(word) ?? []
}
