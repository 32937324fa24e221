import { indexWords, normalizeWord, queryWords, wordsOf } from "../normalize"
import { planQuery } from "../query-plan"
import { transliterationsOf } from "../transliteration"
import { allowedTypos, isNearMatch, typoDistance } from "../typos"

describe("search words in Arabic", () => {
  it("reads a word the same with or without the article, its hamza forms, ة/ه, ى/ي, tashkeel and tatweel", () => {
    const same = (variants: string[]) => expect(new Set(variants.map(normalizeWord)).size).toBe(1)
    same(["العسل", "عسل", "عَسَل", "العـــسل", "والعسل", "بالعسل"])
    same(["أركان", "إركان", "آركان", "اركان", "ٱركان"])
    same(["زيت الزيتونة", "زيت الزيتونه"].map((text) => wordsOf(text)[1]))
    same(["موسى", "موسي"])
  })

  it("keeps a short word whole when the article would leave one letter", () => {
    expect(normalizeWord("الف")).toBe("الف")
  })

  it("finds words in any order: a text is a set of words", () => {
    expect(new Set(indexWords("عسل الزعتر من غفساي"))).toEqual(new Set(queryWords("غفساي زعتر العسل")))
  })
})

describe("search words in French and English", () => {
  it("ignores accents, case and plural", () => {
    expect(wordsOf("Figues SÈCHES de Taounate")).toEqual(["figue", "seche", "de", "taounate"])
    expect(normalizeWord("Médicinaux")).toBe(normalizeWord("médicinal"))
    expect(normalizeWord("cushions")).toBe("cushion")
    expect(normalizeWord("miel")).toBe("miel")
  })

  it("drops elided articles and reads apostrophes inside a word as nothing", () => {
    expect(wordsOf("Huile d'olive l’extra")).toEqual(["huile", "olive", "extra"])
    expect(normalizeWord("za'atar")).toBe("zaatar")
  })

  it("drops stop words from a query unless nothing else is left, and keeps eight words at most", () => {
    expect(queryWords("le miel de la montagne")).toEqual(["miel", "montagne"])
    expect(queryWords("de")).toEqual(["de"])
    expect(queryWords("a b c d e f g h i j k")).toHaveLength(8)
    expect(queryWords("  ")).toEqual([])
  })

  it("reads Eastern Arabic digits as Western ones", () => {
    expect(wordsOf("عسل ٥٠٠ غ")).toContain("500")
  })
})

describe("typos", () => {
  it("counts a swap of two letters as one edit", () => {
    expect(typoDistance("figues", "fiuges")).toBe(1)
    expect(typoDistance("miel", "mile")).toBe(1)
    expect(typoDistance("zaatar", "zatar")).toBe(1)
    expect(typoDistance("honey", "money")).toBe(1)
    expect(typoDistance("abc", "xyz")).toBe(3)
  })

  it("stops counting past the limit", () => {
    expect(typoDistance("couscous", "argan", 2)).toBe(3)
  })

  it("allows none on short words, one from four letters, two from eight", () => {
    expect([allowedTypos("تين"), allowedTypos("زعتر"), allowedTypos("lavande"), allowedTypos("couscous")]).toEqual([0, 1, 1, 2])
    expect(isNearMatch("زتر", "زعتر")).toBe(false)
    expect(isNearMatch("زعتز", "زعتر")).toBe(true)
    expect(isNearMatch("cuscous", "couscous")).toBe(true)
  })
})

describe("a query's plan", () => {
  it("expands a transliterated word to its Arabic spelling and back", () => {
    expect(transliterationsOf(normalizeWord("za'atar"))).toContain(normalizeWord("زعتر"))
    expect(transliterationsOf(normalizeWord("الزعتر"))).toContain("zaatar")
    expect(transliterationsOf("miel")).toEqual([])
  })

  it("keeps the lexicon's candidates a typo away, and completes only the last word", () => {
    const [first, last] = planQuery(["fiuge", "tao"], ["figue", "fig", "taounate", "taourirt", "fiugeraie", "miel"])
    expect(first.exact).toEqual(["fiuge"])
    expect(first.near).toEqual(["figue"])
    expect(last.near).toEqual(["taounate", "taourirt"])
  })

  it("finds the typo of a transliteration", () => {
    const [plan] = planQuery(["zaatr"], ["زعتر", "زعتري"])
    expect(plan.exact).toContain("زعتر")
    expect(plan.near).toContain("زعتري")
  })
})
