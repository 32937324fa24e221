// React hooks' rules, for React code outside the storefront (the Medusa Admin's extensions).
import { defineConfig } from "eslint/config"
import reactHooks from "eslint-plugin-react-hooks"
import globals from "globals"

export function react({ files }) {
  return defineConfig({
    files,
    extends: [reactHooks.configs.flat["recommended-latest"]],
    languageOptions: { globals: globals.browser },
  })
}
