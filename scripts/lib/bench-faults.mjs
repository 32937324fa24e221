// The fault suite of `npm run bench -- faults` (see scripts/bench.mjs): how the bench's own backend,
// PostgreSQL and redis-server are killed and started again. What each scenario sends and audits is
// in tests/bench/faults*.mjs.
import { join } from "node:path"
import { killMidCheckout, restartUnderLoad } from "../../tests/bench/faults.mjs"
import { startEmbeddedPostgres } from "./embedded-postgres.mjs"
import { dim } from "./log.mjs"
import { queryRows } from "./postgres.mjs"
import { startRedis } from "./redis.mjs"

const env = process.env
const REDIS_PORT = Number(env.BENCH_REDIS_PORT ?? 6391)
/** The suite's settings, also written with the results. */
export const FAULTS = {
  checkouts: Number(env.BENCH_FAULT_CHECKOUTS ?? 50),
  outageSeconds: Number(env.BENCH_FAULT_OUTAGE ?? 10),
  afterSeconds: Number(env.BENCH_FAULT_AFTER ?? 30),
  scenarios: (env.BENCH_FAULT_SCENARIOS ?? "kill,postgres,redis").split(",").map((name) => name.trim()),
}

/**
 * The fault suite: SIGKILL mid-checkout, then PostgreSQL and Redis restarted under load. `attempt`
 * and `rerun` are the bench's own (a failed scenario is recorded, the others still run);
 * `embeddedPostgres` is where the bench's embedded cluster lives, to start it again.
 */
export async function faultsBench(system, postgres, fixtures, { attempt, rerun, logDir, embeddedPostgres }) {
  const context = { ...system, regionId: fixtures.regionId }
  const onStep = (what) => process.stdout.write(dim(`    ${what}\n`))
  const kill = !FAULTS.scenarios.includes("kill") ? null : await attempt(`Faults: SIGKILL of the backend in the middle of ${FAULTS.checkouts} concurrent checkouts`, () =>
    killMidCheckout(
      context,
      {
        async kill() {
          const backend = system.backend()
          process.kill(-backend.child.pid, "SIGKILL")
          await backend.exited
        },
        restart: () => system.restartBackend({ logName: "backend-after-kill" }),
      },
      { count: FAULTS.checkouts, killAfter: Math.max(1, Math.round(FAULTS.checkouts / 5)), onStep }
    ),
    { hint: rerun("faults", { logs: ["backend", "backend-after-kill"], env: "BENCH_FAULT_SCENARIOS=kill " }) }
  )

  const load = { outageSeconds: FAULTS.outageSeconds, afterSeconds: FAULTS.afterSeconds, onStep }
  const outages = []
  let server = { stop: postgres.stop }
  const postgresOutage = postgres.external
    ? {
        name: "postgres",
        how: "DATABASE_URL names a server this script cannot restart: every connection to the bench database was cut (pg_terminate_backend) instead",
        stop: () => terminateConnections(system.databaseUrl),
        start: async () => undefined,
      }
    : {
        name: "postgres",
        how: `the embedded PostgreSQL was stopped (fast shutdown) and started again on port ${embeddedPostgres.port}`,
        stop: () => server.stop(),
        start: async () => {
          server = await startEmbeddedPostgres({ dataDir: embeddedPostgres.dataDir, port: embeddedPostgres.port, portVariable: "BENCH_EMBEDDED_PG_PORT" })
        },
      }
  const pgResult = !FAULTS.scenarios.includes("postgres") ? null : await attempt(`Faults: PostgreSQL down for ${FAULTS.outageSeconds} s under load`, () =>
    restartUnderLoad(context, postgresOutage, load),
    { hint: rerun("faults", { env: "BENCH_FAULT_SCENARIOS=postgres " }) }
  )
  if (pgResult) outages.push(pgResult)

  const redisResult = !FAULTS.scenarios.includes("redis") ? null : await attempt(`Faults: Redis (own redis-server on port ${REDIS_PORT}) killed for ${FAULTS.outageSeconds} s under load`, async () => {
    let redis = await startRedis({ port: REDIS_PORT, logFile: join(logDir, "redis.log") })
    await system.restartBackend({ extra: { REDIS_URL: `redis://127.0.0.1:${REDIS_PORT}` }, logName: "backend-redis" })
    try {
      return await restartUnderLoad(
        context,
        {
          name: "redis",
          how: `the backend ran with REDIS_URL=redis://127.0.0.1:${REDIS_PORT} (event bus, workflow engine, locking, caching); redis-server was killed (SIGKILL, no persistence) and started again`,
          stop: () => redis.kill(),
          start: async () => {
            redis = await startRedis({ port: REDIS_PORT, logFile: join(logDir, "redis-restarted.log") })
          },
        },
        load
      )
    } finally {
      await redis.kill()
    }
  }, { hint: rerun("faults", { logs: ["backend-redis", "redis", "redis-restarted"], env: "BENCH_FAULT_SCENARIOS=redis " }) })
  if (redisResult) outages.push(redisResult)

  return { kill, outages }
}

async function terminateConnections(databaseUrl) {
  const name = new URL(databaseUrl).pathname.slice(1)
  await queryRows(databaseUrl, "select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()", [name])
}
