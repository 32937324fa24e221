import { defineConfig } from "eslint/config"
import { next } from "@tadamon/eslint-config/next"

export default defineConfig(next({ tsconfigRootDir: import.meta.dirname }), {
  rules: {
    // The root entry is everything, the geography data with it; a subpath brings only its modules.
    "no-restricted-imports": [
      "error",
      {
        paths: [
          {
            name: "@tadamon/shared",
            message: "Import from a subpath (@tadamon/shared/i18n, /geography, /money, /contracts/store…): see packages/shared/README.md.",
          },
        ],
      },
    ],
  },
})
