import { next } from "@tadamon/eslint-config/next"

export default next({ tsconfigRootDir: import.meta.dirname })
