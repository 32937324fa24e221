import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"

const JSON_ROOT = join(__dirname, "..", "i18n", "json")
const LANGUAGES = ["en", "fr", "ar"] as const

type Tree = { [key: string]: string | Tree }

function keysOf(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)
  )
}

function emptyValues(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? (value.trim() ? [] : [`${prefix}${key}`]) : emptyValues(value, `${prefix}${key}.`)
  )
}

describe("Admin extension translations", () => {
  const areas = readdirSync(JSON_ROOT)

  it("has an area for each namespace loaded by src/admin/i18n/index.ts", () => {
    const index = readFileSync(join(__dirname, "..", "i18n", "index.ts"), "utf8")
    for (const area of areas) {
      for (const language of LANGUAGES) {
        expect(index).toContain(`./json/${area}/${language}.json`)
      }
    }
  })

  it.each(areas)("%s: the same keys in English, French and Arabic, none empty", (area) => {
    const trees = Object.fromEntries(
      LANGUAGES.map((language) => [language, JSON.parse(readFileSync(join(JSON_ROOT, area, `${language}.json`), "utf8")) as Tree])
    )
    const english = keysOf(trees.en).sort()
    for (const language of LANGUAGES) {
      expect({ language, keys: keysOf(trees[language]).sort() }).toEqual({ language, keys: english })
      expect({ language, empty: emptyValues(trees[language]) }).toEqual({ language, empty: [] })
    }
  })
})
