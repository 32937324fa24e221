import { base } from "@tadamon/eslint-config/base"

export default base({ tsconfigRootDir: import.meta.dirname })
