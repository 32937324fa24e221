// The storefront's production server: Next.js's own request handler, behind the one thing any
// reverse proxy does, appending the peer's address to X-Forwarded-For (forwarded-for.mjs), so the
// backend's per-address rate limits count the visitor, whatever address the visitor wrote.
// `npm start` in this folder runs it; PORT (default 8000) and HOSTNAME (default: every interface)
// as for `next start`.
import { createServer } from "node:http"
import next from "next"
import { withPeerAddress } from "./forwarded-for.mjs"

const port = Number(process.env.PORT || 8000)
const hostname = process.env.HOSTNAME || undefined

const app = next({ dev: false, dir: import.meta.dirname, port, hostname })
const handle = app.getRequestHandler()
await app.prepare()

const server = createServer((req, res) => {
  const forwarded = withPeerAddress(req.headers["x-forwarded-for"], req.socket.remoteAddress)
  if (forwarded) {
    req.headers["x-forwarded-for"] = forwarded
  }
  void handle(req, res)
})
server.listen(port, hostname, () => {
  console.log(`Tadamon storefront on http://${hostname ?? "localhost"}:${port}`)
})

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    server.close()
    process.exit(0)
  })
}
