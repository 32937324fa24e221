// How every script ends: with its own exit code, or with one failure report (the step, the cause in
// one line, what to do) and exit code 1, even for an error no step caught (an 'error' event, a
// rejected promise nobody awaited). Every process the script started is stopped either way.
import { reportFailure } from "./log.mjs"
import { isShuttingDown, shutdown } from "./proc.mjs"

/** Runs `main`; it may resolve to an exit code (0 when it resolves to nothing). */
export function runMain(main) {
  let failed = false
  const fail = (error) => {
    // During Ctrl-C, services stopping under a waiting step are expected, not failures.
    if (failed || isShuttingDown()) {
      return
    }
    failed = true
    reportFailure(error)
    void shutdown(1)
  }
  process.on("uncaughtException", fail)
  process.on("unhandledRejection", fail)
  main().then((code) => shutdown(code ?? 0), fail)
}
