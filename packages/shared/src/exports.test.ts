import assert from "node:assert/strict"
import { existsSync, readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { test } from "node:test"

type Entry = { types: string; default: string }
type PackageJson = { exports: Record<string, Entry | string>; typesVersions: { "*": Record<string, string[]> } }

const packageJson = JSON.parse(readFileSync(join(__dirname, "..", "package.json"), "utf8")) as PackageJson
const subpaths = Object.keys(packageJson.exports).filter((key) => key !== "." && key !== "./package.json")

/** The relative modules a file imports at run time (`import type` is erased, so it does not count). */
function runtimeImports(file: string): string[] {
  const source = readFileSync(file, "utf8")
  const specifiers = [...source.matchAll(/^(?:import|export)\s+(?!type\s)[^"]*"(\.[^"]+)"/gm)].map((match) => match[1])
  return specifiers.map((specifier) => join(dirname(file), specifier.endsWith(".json") ? specifier : `${specifier}.ts`))
}

function loadsData(file: string, seen = new Set<string>()): boolean {
  if (seen.has(file)) {
    return false
  }
  seen.add(file)
  return runtimeImports(file).some((imported) => imported.endsWith(".json") || loadsData(imported, seen))
}

test("each subpath has its source entry, and node10 resolution its types", () => {
  for (const subpath of subpaths) {
    const name = subpath.slice(2)
    assert.ok(existsSync(join(__dirname, `${name}.ts`)), `src/${name}.ts`)
    assert.deepEqual(packageJson.exports[subpath], { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` })
    assert.deepEqual(packageJson.typesVersions["*"][name], [`dist/${name}.d.ts`], `typesVersions ${name}`)
  }
  assert.equal(Object.keys(packageJson.typesVersions["*"]).length, subpaths.length)
})

test("the root entry re-exports every subpath", () => {
  const reexported = runtimeImports(join(__dirname, "index.ts")).map((file) => file.slice(__dirname.length + 1, -".ts".length))
  assert.deepEqual(reexported.sort(), subpaths.map((subpath) => subpath.slice(2)).sort())
})

// Client components may import values from every subpath but geography (see the README): none of
// them may bring the geography data into a browser bundle.
test("only the geography subpath loads JSON data", () => {
  for (const subpath of subpaths) {
    const name = subpath.slice(2)
    assert.equal(loadsData(join(__dirname, `${name}.ts`)), name === "geography", name)
  }
})
