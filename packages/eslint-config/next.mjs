// The storefront's rules on top of the base: Next.js (core web vitals) and React hooks.
import nextPlugin from "@next/eslint-plugin-next"
import { defineConfig } from "eslint/config"
import reactHooks from "eslint-plugin-react-hooks"
import globals from "globals"
import { base } from "./base.mjs"

export function next({ tsconfigRootDir }) {
  return defineConfig(
    base({ tsconfigRootDir }),
    nextPlugin.configs["core-web-vitals"],
    reactHooks.configs.flat["recommended-latest"],
    {
      files: ["src/**/*.tsx"],
      languageOptions: { globals: globals.browser },
    }
  )
}
