// The embedded cluster `npm test` runs the backend specs and the journeys on when DATABASE_URL names
// no server: its data in .data/postgres-test (moved as root, see embedded-postgres.mjs), port 54339
// (TEST_EMBEDDED_PG_PORT). The system test starts it from its private clone too.
import { join } from "node:path"
import { providePostgres } from "./postgres.mjs"
import { DATA_DIR } from "./tadamon.mjs"

export function provideTestPostgres() {
  return providePostgres({
    dataDir: join(DATA_DIR, "postgres-test"),
    port: Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54339),
    portVariable: "TEST_EMBEDDED_PG_PORT",
    purpose: "for tests",
    // Throw-away data: no waiting for the disk. Medusa's test runner recreates each spec's database
    // from a template before every test (about 1.2 s a test with durable writes, 0.35 s without).
    settings: { fsync: "off", synchronous_commit: "off", full_page_writes: "off" },
    whenRunning: ({ pid }) =>
      `Another \`npm test\` of this checkout runs its test cluster (process ${pid}): let it finish, or stop it ` +
      "(Ctrl-C in its terminal), then run again.",
  })
}
