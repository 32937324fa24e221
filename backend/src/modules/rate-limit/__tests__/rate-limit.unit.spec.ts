import type { Logger } from "@medusajs/framework/types"
import { randomUUID } from "crypto"
import type { IncomingMessage } from "http"
import { clientAddress, compileTrustProxy } from "../client-address"
import { resolveRateLimits } from "../limits"
import RateLimitModuleService from "../service"

describe("rate limits", () => {
  const warn = jest.fn()
  const logger = { warn, info: jest.fn(), error: jest.fn(), debug: jest.fn() } as unknown as Logger
  const fakeRequest = (remoteAddress: string, forwardedFor?: string) =>
    ({ headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {}, connection: { remoteAddress }, socket: { remoteAddress } }) as unknown as IncomingMessage

  it("never believes X-Forwarded-For unless proxies are named; counts IPv6 by /64 and IPv4-mapped addresses as IPv4", () => {
    const none = compileTrustProxy(undefined)
    expect(clientAddress(fakeRequest("203.0.113.7", "1.2.3.4"), none)).toBe("203.0.113.7")
    expect(clientAddress(fakeRequest("::ffff:203.0.113.7"), none)).toBe("203.0.113.7")
    expect(clientAddress(fakeRequest("2001:db8:1:2:aaaa:bbbb:cccc:dddd"), none)).toBe("2001:db8:1:2::/64")
    expect(clientAddress(fakeRequest("10.0.0.2", "6.6.6.6, 198.51.100.1"), compileTrustProxy("10.0.0.0/8"))).toBe("198.51.100.1")
    expect(clientAddress(fakeRequest("10.0.0.2", "6.6.6.6, 198.51.100.1"), compileTrustProxy(1))).toBe("198.51.100.1")
    expect(() => compileTrustProxy("true")).toThrow(/TRUST_PROXY/)
  })

  it("refuses unknown limit names and bad numbers at start, saying which", () => {
    expect(resolveRateLimits('{"sign_in_account":{"points":4}}').sign_in_account).toEqual({ points: 4, duration: 900 })
    expect(() => resolveRateLimits('{"sign_in":{"points":4}}')).toThrow(/sign_in/)
    expect(() => resolveRateLimits('{"sign_in_account":{"points":0}}')).toThrow(/sign_in_account\.points/)
    expect(() => resolveRateLimits("{points")).toThrow(/not valid JSON/)
  })

  it("keeps limiting in memory while Redis cannot be reached", async () => {
    const service = new RateLimitModuleService({ logger }, { redisUrl: "redis://127.0.0.1:1", limits: { sign_in_address: { points: 2 } } })
    try {
      const attempt = [{ limit: "sign_in_address" as const, key: "203.0.113.200" }]
      expect((await service.consume(attempt)).allowed).toBe(true)
      expect((await service.consume(attempt)).allowed).toBe(true)
      expect(await service.consume(attempt)).toEqual({ allowed: false, retryAfterSeconds: expect.any(Number) })
    } finally {
      await service.close()
    }
  })

  const redisUrl = process.env.REDIS_URL ?? process.env.TEST_REDIS_URL
  // `npm test` passes TEST_REDIS_URL when a Redis answers (REDIS_URL, or the default port); reported as skipped otherwise.
  ;(redisUrl ? it : it.skip)("shares counters through Redis between server processes (REDIS_URL)", async () => {
    const options = { redisUrl, keyPrefix: `tadamon-test:${randomUUID()}`, limits: { upload_address: { points: 3 } } }
    const [one, other] = [new RateLimitModuleService({ logger }, options), new RateLimitModuleService({ logger }, options)]
    try {
      // Connected before counting: until then each process counts in its own memory.
      for (let tries = 0; !(one.isShared() && other.isShared()); tries++) {
        expect(tries).toBeLessThan(100)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      const attempt = [{ limit: "upload_address" as const, key: "203.0.113.201" }]
      expect((await one.consume(attempt)).allowed).toBe(true)
      expect((await other.consume(attempt)).allowed).toBe(true)
      expect((await one.consume(attempt)).allowed).toBe(true)
      expect((await other.consume(attempt)).allowed).toBe(false)
      expect(warn).not.toHaveBeenCalledWith(expect.stringContaining("Redis unavailable"))
    } finally {
      await Promise.all([one.close(), other.close()])
    }
  })
})
