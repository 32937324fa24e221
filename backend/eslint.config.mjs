import { base } from "@tadamon/eslint-config/base"
import { react } from "@tadamon/eslint-config/react"

export default [
  ...base({ tsconfigRootDir: import.meta.dirname, untypedTests: ["integration-tests/**", "src/**/__tests__/**"] }),
  // Organizers' extensions of the Medusa Admin (React, in the browser).
  ...react({ files: ["src/admin/**/*.{ts,tsx}"] }),
]
