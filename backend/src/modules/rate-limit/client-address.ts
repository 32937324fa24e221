import type { IncomingMessage } from "http"
import ipaddr from "ipaddr.js"
import proxyaddr from "proxy-addr"

export type TrustProxy = (address: string, hop: number) => boolean

/**
 * Which reverse proxies' `X-Forwarded-For` to believe, in Express's "trust proxy" forms: a number
 * of hops, or a comma-separated list of addresses, subnets and the names `loopback`, `linklocal`,
 * `uniquelocal`. Unset: none, the client is the socket's peer. `true` (every proxy) is refused: a
 * client could then write its own address. Medusa's Express app trusts one hop whatever is
 * configured, so `req.ip` is whatever the last `X-Forwarded-For` entry says: never use it for limits.
 */
export function compileTrustProxy(setting: string | number | undefined): TrustProxy {
  const value = typeof setting === "number" ? String(setting) : setting?.trim()
  if (!value) {
    return () => false
  }
  if (/^\d+$/.test(value)) {
    const hops = Number(value)
    return (_address, hop) => hop < hops
  }
  if (value === "true") {
    throw new Error("TRUST_PROXY=true would let any client choose its address: name the proxies (addresses, subnets, loopback) or a hop count")
  }
  return proxyaddr.compile(value.split(",").map((entry) => entry.trim()).filter(Boolean))
}

/**
 * The address a limit counts under: the socket's peer, or the first untrusted address of
 * `X-Forwarded-For` behind trusted proxies. IPv4-mapped IPv6 addresses count as IPv4; other IPv6
 * addresses count by their /64 network, the block one subscriber usually holds.
 */
export function clientAddress(req: IncomingMessage, trust: TrustProxy): string {
  const raw = proxyaddr(req, trust)
  if (!raw || !ipaddr.isValid(raw)) {
    return "unknown"
  }
  const address = ipaddr.process(raw)
  if (address instanceof ipaddr.IPv6) {
    return `${new ipaddr.IPv6([...address.parts.slice(0, 4), 0, 0, 0, 0]).toString()}/64`
  }
  return address.toString()
}
