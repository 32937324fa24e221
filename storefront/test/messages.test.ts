/**
 * The message catalogs: one key set in ar/fr/en, no empty message, the same ICU arguments in every
 * language, and every key the code uses (`t("…")` under its namespace) present.
 * Run: npm run test:unit -w @tadamon/storefront
 */
import assert from "node:assert/strict"
import { readdirSync, readFileSync } from "node:fs"
import { join, relative } from "node:path"
import { describe, it } from "node:test"
import { SECTORS } from "@tadamon/shared/contracts/store"
import { LOCALES } from "@tadamon/shared/i18n"

const ROOT = join(__dirname, "..")
const SRC = join(ROOT, "src")
const MESSAGES_DIR = join(SRC, "i18n", "messages")

type Messages = { [key: string]: string | Messages }

/** A locale's catalog: every `<area>.json` of its folder merged; a namespace defined twice throws. */
function loadCatalog(locale: string): Messages {
  const dir = join(MESSAGES_DIR, locale)
  const merged: Messages = {}
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".json")).sort()) {
    const part = JSON.parse(readFileSync(join(dir, file), "utf8")) as Messages
    for (const [namespace, value] of Object.entries(part)) {
      if (namespace in merged) {
        throw new Error(`${locale}/${file}: namespace "${namespace}" is already defined in another file`)
      }
      merged[namespace] = value
    }
  }
  return merged
}

/** The area files of a locale, to check every locale has the same ones. */
function areaFiles(locale: string): string[] {
  return readdirSync(join(MESSAGES_DIR, locale)).filter((name) => name.endsWith(".json")).sort()
}

/** Flattens `{ a: { b: "x" } }` to `{ "a.b": "x" }`; a non-string leaf is reported as such. */
export function flatten(messages: Messages, prefix = ""): Map<string, unknown> {
  const flat = new Map<string, unknown>()
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      for (const [nested, leaf] of flatten(value, path)) {
        flat.set(nested, leaf)
      }
    } else {
      flat.set(path, value)
    }
  }
  return flat
}

/** Names of the ICU arguments a message uses: `{count, plural, …}` and `{name}` give count and name. */
export function icuArguments(message: string): string[] {
  const names = new Set<string>()
  for (const match of message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*(?:,|\})/g)) {
    names.add(match[1])
  }
  return [...names].sort()
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      return sourceFiles(path)
    }
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : []
  })
}

export type KeyUse = { file: string; key: string; dynamic: boolean }

/**
 * Keys used in one source file. A translator is bound by
 *   const t = await getTranslations("ns") | getTranslations({ locale, namespace: "ns" }) | useTranslations("ns")
 * (no namespace: keys are full paths), then called as t("key"), t.rich("key"), t.markup("key"),
 * t.raw("key") or t.has("key") until the name is bound again. Template keys (`sector.${x}`) are kept
 * as patterns.
 */
export function usedKeys(source: string, file = "<source>"): KeyUse[] {
  const uses: KeyUse[] = []
  const binding =
    /(?:const|let)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:await\s+)?(?:getTranslations|useTranslations)\(\s*(?:(["'`])([^"'`]*)\2|\{[^}]*?namespace\s*:\s*(["'`])([^"'`]*)\4[^}]*\}|\{[^}]*\})?\s*\)/g
  const bindings = [...source.matchAll(binding)].map((match) => ({
    name: match[1],
    namespace: match[3] ?? match[5] ?? "",
    start: match.index ?? 0,
  }))
  for (const [index, { name, namespace, start }] of bindings.entries()) {
    // A binding reaches until the same name is bound again (the next function of the file).
    const end = bindings.slice(index + 1).find((next) => next.name === name)?.start ?? source.length
    const escaped = name.replace(/\$/g, "\\$")
    const call = new RegExp(`(?<![\\w$.])${escaped}(?:\\.(?:rich|markup|raw|has))?\\(\\s*(["'\`])((?:(?!\\1).)*)\\1`, "g")
    for (const use of source.slice(start, end).matchAll(call)) {
      const key = use[2]
      uses.push({
        file,
        key: namespace ? `${namespace}.${key}` : key,
        dynamic: use[1] === "`" && key.includes("${"),
      })
    }
  }
  return uses
}

function keyPattern(key: string): RegExp {
  const escaped = key
    .split(/\$\{[^}]*\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("[^.]+")
  return new RegExp(`^${escaped}$`)
}

/** The keys used in the code that no catalog entry answers. */
export function missingKeys(uses: KeyUse[], keys: Set<string>): KeyUse[] {
  return uses.filter((use) => {
    if (use.dynamic) {
      const pattern = keyPattern(use.key)
      return ![...keys].some((key) => pattern.test(key))
    }
    return !keys.has(use.key)
  })
}

const catalogs = new Map(LOCALES.map((locale) => [locale, flatten(loadCatalog(locale))]))

describe("message files", () => {
  it("every locale has the same area files, all loaded by the app", () => {
    const reference = areaFiles("ar")
    for (const locale of LOCALES) {
      assert.deepEqual(areaFiles(locale), reference, `${locale} area files`)
    }
    const index = readFileSync(join(MESSAGES_DIR, "index.ts"), "utf8")
    for (const file of reference) {
      assert.ok(index.includes(`"${file.replace(/\.json$/, "")}"`), `${file} is missing from MESSAGE_FILES in messages/index.ts`)
    }
  })
})
const reference = catalogs.get("ar") ?? new Map<string, unknown>()
const referenceKeys = new Set(reference.keys())

describe("message catalogs", () => {
  for (const [locale, catalog] of catalogs) {
    it(`${locale} has exactly the keys of ar`, () => {
      const keys = new Set(catalog.keys())
      const missing = [...referenceKeys].filter((key) => !keys.has(key))
      const extra = [...keys].filter((key) => !referenceKeys.has(key))
      assert.deepEqual({ missing, extra }, { missing: [], extra: [] }, `${locale}.json differs from ar.json`)
    })

    it(`${locale} has no empty or non-text message`, () => {
      const empty = [...catalog].filter(([, value]) => typeof value !== "string" || value.trim() === "")
      assert.deepEqual(
        empty.map(([key]) => key),
        [],
        `${locale}.json has empty or non-string messages`
      )
    })

    it(`${locale} uses the same ICU arguments as ar`, () => {
      const differences = [...catalog]
        .filter(([key, value]) => typeof value === "string" && typeof reference.get(key) === "string")
        .filter(([key, value]) => icuArguments(String(value)).join() !== icuArguments(String(reference.get(key))).join())
        .map(([key]) => key)
      assert.deepEqual(differences, [], `${locale}.json: arguments differ from ar.json`)
    })
  }

  it("names every sector", () => {
    for (const [locale, catalog] of catalogs) {
      for (const sector of SECTORS) {
        assert.ok(catalog.has(`sectors.${sector}`), `${locale}.json lacks sectors.${sector}`)
      }
    }
  })

  it("names every language in the language switch", () => {
    for (const [locale, catalog] of catalogs) {
      for (const target of LOCALES) {
        assert.ok(catalog.has(`languageSwitch.${target}`), `${locale}.json lacks languageSwitch.${target}`)
      }
    }
  })
})

describe("keys used in src/", () => {
  const files = sourceFiles(SRC)
  const uses = files.flatMap((file) => usedKeys(readFileSync(file, "utf8"), relative(ROOT, file)))

  it("finds translation calls to check", () => {
    assert.ok(uses.length > 20, `only ${uses.length} translation calls found: is the scanner broken?`)
  })

  for (const [locale, catalog] of catalogs) {
    it(`every used key exists in ${locale}`, () => {
      const missing = missingKeys(uses, new Set(catalog.keys()))
      assert.deepEqual(
        missing.map((use) => `${use.file}: ${use.key}`),
        [],
        `${locale}.json lacks keys the code uses`
      )
    })
  }
})

describe("the key scanner", () => {
  it("resolves namespaces, object options and t.rich", () => {
    const source = `
      const t = await getTranslations({ locale, namespace: "products" })
      const nav = await getTranslations("nav")
      const all = await getTranslations({ locale })
      t("inStock"); t.rich("lowStock", { count }); nav('home'); all("meta.siteName"); t(\`from.\${x}\`)
    `
    assert.deepEqual(
      usedKeys(source).map((use) => use.key),
      ["products.inStock", "products.lowStock", "products.from.${x}", "nav.home", "meta.siteName"]
    )
  })

  it("gives each function its own binding of the same name", () => {
    const source = `
      async function meta() { const t = await getTranslations("meta"); return t("siteName") }
      async function page() { const t = await getTranslations({ locale, namespace: "nav" }); return t("home") }
    `
    assert.deepEqual(
      usedKeys(source).map((use) => use.key),
      ["meta.siteName", "nav.home"]
    )
  })

  it("reports a key that no catalog has", () => {
    const uses = usedKeys(`const t = await getTranslations("products"); t("doesNotExist"); t("inStock")`)
    assert.deepEqual(
      missingKeys(uses, referenceKeys).map((use) => use.key),
      ["products.doesNotExist"]
    )
  })

  it("matches template keys against the catalog", () => {
    const uses = usedKeys("const s = await getTranslations('sectors'); s(`${sector}`); s(`nope.${sector}`)")
    assert.deepEqual(
      missingKeys(uses, referenceKeys).map((use) => use.key),
      ["sectors.nope.${sector}"]
    )
  })

  it("finds ICU argument names", () => {
    assert.deepEqual(icuArguments("{count, plural, one {# left} other {only {count} of {total}}}"), ["count", "total"])
  })
})

describe("the password panels and actions shared by customers and cooperative members", () => {
  // password-templates.tsx and lib/password-auth.ts read their messages from `auth` or `vendorAuth`,
  // chosen at run time: each key they use must be in both, in every locale.
  const source = [join(SRC, "modules", "common", "templates", "password-templates.tsx"), join(SRC, "lib", "password-auth.ts")]
    .map((file) => readFileSync(file, "utf8"))
    .join("\n")
  const keys = [...new Set([...source.matchAll(/(?<![\w$.])t\(\s*"([^"]+)"/g)].map((match) => match[1]))]

  it("finds the keys it uses", () => {
    assert.ok(keys.length >= 10, `only ${keys.length} keys found: is the scanner broken?`)
  })

  for (const [locale, catalog] of catalogs) {
    it(`${locale} has each of them in auth and in vendorAuth`, () => {
      const missing = ["auth", "vendorAuth"].flatMap((namespace) => keys.map((key) => `${namespace}.${key}`)).filter((key) => !catalog.has(key))
      assert.deepEqual(missing, [])
    })
  }
})
