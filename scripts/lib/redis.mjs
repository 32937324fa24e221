// An own, throw-away redis-server (no persistence) for the fault suite: started in its own process
// group on a port nobody else uses, so that it can be killed and started again.
import { spawnSync } from "node:child_process"
import { connect } from "node:net"
import { problem } from "./log.mjs"
import { startService } from "./proc.mjs"

/** Resolves true when something on `port` answers PING with PONG. */
function pong(port) {
  return new Promise((resolve) => {
    const socket = connect({ port, host: "127.0.0.1" })
    const done = (ok) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(1000, () => done(false))
    socket.on("error", () => done(false))
    socket.on("connect", () => socket.write("PING\r\n"))
    socket.on("data", (chunk) => done(chunk.toString().startsWith("+PONG")))
  })
}

/** @returns {Promise<{ port: number, kill: () => Promise<void> }>} once it answers PING. */
export async function startRedis({ port, logFile }) {
  if (spawnSync("redis-server", ["--version"]).status !== 0) {
    throw problem("redis-server is not installed", { hint: "Install it (Debian: `apt-get install redis-server`) to run the Redis faults." })
  }
  if (await pong(port)) {
    throw problem(`Something already answers Redis PING on port ${port}`, { hint: "Choose another port with BENCH_REDIS_PORT=<port>." })
  }
  const service = startService(
    "redis",
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "no"],
    { logFile }
  )
  const deadline = Date.now() + 15000
  while (!(await pong(port))) {
    if (!service.isRunning() || Date.now() > deadline) {
      await service.stop()
      throw problem(`redis-server did not answer on port ${port}`, { hint: `Read ${logFile}.` })
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    port,
    /** SIGKILL: no shutdown, no save. */
    async kill() {
      if (service.isRunning()) {
        process.kill(-service.child.pid, "SIGKILL")
        await service.exited
      }
      await service.stop()
    },
  }
}
