// Preloaded (NODE_OPTIONS=--import) into the node processes of the system test's `npm start`. After
// Ctrl-C npm ends by SIGINT whatever its script's exit code (it sends itself the signal its script's
// shell died of), so the process running SYSTEM_TEST_EXIT_SCRIPT writes its own exit code to
// SYSTEM_TEST_EXIT_FILE; every other process (npm, Medusa, Next.js) ignores this file.
import { writeFileSync } from "node:fs"

const { SYSTEM_TEST_EXIT_FILE: file, SYSTEM_TEST_EXIT_SCRIPT: script } = process.env
if (file && script && process.argv[1] === script) {
  process.on("exit", (code) => writeFileSync(file, `${code}\n`))
}
