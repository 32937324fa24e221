// The repository's own scripts (npm start, test, seed, bench) and the shared ESLint configs.
// Each workspace has its own eslint.config.mjs (`npm run lint` runs them all through Turbo).
import { scripts } from "./packages/eslint-config/scripts.mjs"

export default scripts()
