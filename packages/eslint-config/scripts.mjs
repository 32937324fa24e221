// Plain Node.js scripts (.mjs, no build step, no types): ESLint's recommended rules with Node's globals.
import js from "@eslint/js"
import { defineConfig } from "eslint/config"
import globals from "globals"
import { ignores } from "./base.mjs"

export function scripts({ files = ["**/*.{js,mjs,cjs}"] } = {}) {
  return defineConfig(ignores, {
    files,
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node, ecmaVersion: "latest", sourceType: "module" },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true }],
    },
  })
}
