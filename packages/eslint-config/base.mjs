// The rules every Tadamon package is linted with: ESLint's and typescript-eslint's recommended
// rules, type-aware (each file is checked with the types of the tsconfig.json nearest to it),
// and plain JavaScript (.js, .mjs, .cjs) linted without type information.
import js from "@eslint/js"
import { defineConfig, globalIgnores } from "eslint/config"
import globals from "globals"
import tseslint from "typescript-eslint"

/** What no package lints: installed, built and generated files. */
export const ignores = globalIgnores([
  "**/node_modules/",
  "**/dist/",
  "**/.medusa/",
  "**/.next/",
  "**/.turbo/",
  "**/coverage/",
  "**/next-env.d.ts",
])

/**
 * The base config for a package. `tsconfigRootDir` is the package's folder
 * (`import.meta.dirname` in its eslint.config.mjs); `untypedTests`, the globs of tests that read
 * untyped values, where typescript-eslint's no-unsafe-* rules are off.
 */
export function base({ tsconfigRootDir, untypedTests = [] }) {
  return defineConfig(
    ignores,
    js.configs.recommended,
    tseslint.configs.recommendedTypeChecked,
    {
      languageOptions: {
        globals: globals.node,
        parserOptions: { projectService: true, tsconfigRootDir },
      },
      linterOptions: { reportUnusedDisableDirectives: "error" },
      rules: {
        "@typescript-eslint/no-unused-vars": [
          "error",
          { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true },
        ],
        "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
        "@typescript-eslint/no-unnecessary-type-assertion": "error",
        "@typescript-eslint/no-floating-promises": [
          "error",
          {
            // node:test's test() and describe() return promises the runner itself awaits.
            allowForKnownSafeCalls: [{ from: "package", package: "node:test", name: ["test", "it", "describe", "suite"] }],
          },
        ],
        "@typescript-eslint/no-misused-promises": "error",
        "@typescript-eslint/await-thenable": "error",
        "@typescript-eslint/no-explicit-any": "error",
        // Medusa's APIs are async by contract (a step's function, a migration's up/down, a payment
        // provider's methods): an implementation that awaits nothing is still one.
        "@typescript-eslint/require-await": "off",
      },
    },
    untypedTests.length === 0 ? [] : {
      // Tests whose values are untyped by design: HTTP answers' bodies (Medusa's test client gives
      // them as `any`; the expectations check their shape) and Jest's asymmetric matchers
      // (`expect.any(Number)`, `expect.objectContaining(…)` are typed `any`).
      files: untypedTests,
      rules: {
        "@typescript-eslint/no-unsafe-member-access": "off",
        "@typescript-eslint/no-unsafe-assignment": "off",
        "@typescript-eslint/no-unsafe-call": "off",
        "@typescript-eslint/no-unsafe-argument": "off",
        "@typescript-eslint/no-unsafe-return": "off",
      },
    },
    {
      files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
      extends: [tseslint.configs.disableTypeChecked],
      rules: {
        "@typescript-eslint/no-require-imports": "off",
      },
    }
  )
}
