#!/usr/bin/env node
// Run by clone-start.mjs inside its private clone: starts the embedded cluster `npm test` gets when
// DATABASE_URL names no server (scripts/lib/test-postgres.mjs, the same call), prints one line
// (TEST_CLUSTER_READY, then JSON) saying where it is, and keeps it running until Ctrl-C (SIGINT), which
// stops it the way it stops under `npm test`.
import { runMain } from "../../scripts/lib/main.mjs"
import { provideTestPostgres } from "../../scripts/lib/test-postgres.mjs"
import { TEST_CLUSTER_READY } from "./private-clone.mjs"

async function main() {
  const postgres = await provideTestPostgres()
  const { host, port, user, password, dataDir, external } = postgres
  process.stdout.write(`${TEST_CLUSTER_READY}${JSON.stringify({ host, port, user, password, dataDir, external })}\n`)
  // Until Ctrl-C: proc.mjs then stops the cluster and exits.
  await new Promise(() => setInterval(() => undefined, 60000))
}

runMain(main)
