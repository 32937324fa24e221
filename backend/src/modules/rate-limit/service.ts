import type { Logger } from "@medusajs/framework/types"
import { createHash } from "crypto"
import type { IncomingMessage } from "http"
import { Redis } from "ioredis"
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible"
import { clientAddress, compileTrustProxy, type TrustProxy } from "./client-address"
import { resolveRateLimits, type RateLimit, type RateLimitName } from "./limits"

export type RateLimitModuleOptions = {
  /** Counters in Redis, shared by every server process; unset: in this process's memory. */
  redisUrl?: string
  /** Namespace of the counters in Redis (several deployments on one Redis). */
  keyPrefix?: string
  /** The reverse proxies whose `X-Forwarded-For` is believed (see `compileTrustProxy`). */
  trustProxy?: string | number
  /** Overrides of the default limits (limits.ts), as an object or as JSON. */
  limits?: string | Partial<Record<RateLimitName, Partial<RateLimit>>>
}

/** One attempt counted under one limit: the limit's name and the key it counts under. */
export type Attempt = { limit: RateLimitName; key: string }

export type Verdict = { allowed: true; counted: Attempt[] } | { allowed: false; retryAfterSeconds: number }

type InjectedDependencies = { logger: Logger }

/**
 * Fixed-window counters for the abuse-prone routes, with `rate-limiter-flexible`: in Redis when
 * `redisUrl` is set (atomic increments shared by every server process, with this process's memory
 * standing in while Redis cannot answer), in memory otherwise. Keys are hashed: Redis never holds
 * an email or an address in clear.
 */
export default class RateLimitModuleService {
  protected readonly logger: Logger
  protected readonly limiters = new Map<RateLimitName, RateLimiterAbstract>()
  protected readonly trust: TrustProxy
  protected readonly redis: Redis | null

  __hooks = {
    onApplicationShutdown: async () => {
      await this.close()
    },
  }

  constructor({ logger }: InjectedDependencies, options: RateLimitModuleOptions = {}) {
    this.logger = logger
    this.trust = compileTrustProxy(options.trustProxy)
    this.redis = options.redisUrl ? this.connect(options.redisUrl) : null
    const prefix = options.keyPrefix || "tadamon:rate-limit"
    const limits = resolveRateLimits(options.limits)
    for (const [name, { points, duration }] of Object.entries(limits) as Array<[RateLimitName, RateLimit]>) {
      const keyPrefix = `${prefix}:${name}`
      const memory = new RateLimiterMemory({ keyPrefix, points, duration })
      this.limiters.set(
        name,
        this.redis
          ? new RateLimiterRedis({ storeClient: this.redis, keyPrefix, points, duration, rejectIfRedisNotReady: true, insuranceLimiter: memory })
          : memory
      )
    }
  }

  /**
   * Whether the counters are shared through Redis right now; false without Redis, or while it is
   * connecting or away (this process's memory counts meanwhile).
   */
  isShared(): boolean {
    return this.redis?.status === "ready"
  }

  /** The client's address as the per-address limits count it. */
  clientAddress(req: IncomingMessage): string {
    return clientAddress(req, this.trust)
  }

  /**
   * Counts one attempt under each limit. When one of them is used up the attempt is refused, the
   * others get their point back (nothing was tried), and the answer says how long to wait.
   */
  async consume(attempts: Attempt[]): Promise<Verdict> {
    const outcomes = await Promise.all(
      attempts.map(async (attempt) => {
        try {
          await this.limiter(attempt.limit).consume(this.storeKey(attempt.key))
          return { attempt, refusal: null }
        } catch (rejection) {
          if (rejection instanceof RateLimiterRes) {
            return { attempt, refusal: rejection }
          }
          throw rejection
        }
      })
    )
    const refusals = outcomes.flatMap((outcome) => (outcome.refusal ? [outcome.refusal] : []))
    if (!refusals.length) {
      return { allowed: true, counted: attempts }
    }
    await this.giveBack(outcomes.filter((outcome) => !outcome.refusal).map((outcome) => outcome.attempt))
    const waitMs = Math.max(...refusals.map((refusal) => refusal.msBeforeNext))
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) }
  }

  /** Gives counted attempts back: a success on a route that counts only failures. */
  async giveBack(attempts: Attempt[]): Promise<void> {
    await Promise.all(attempts.map((attempt) => this.limiter(attempt.limit).reward(this.storeKey(attempt.key), 1)))
  }

  async close(): Promise<void> {
    if (this.redis?.status === "ready") {
      await this.redis.quit()
    } else {
      this.redis?.disconnect()
    }
  }

  protected limiter(name: RateLimitName): RateLimiterAbstract {
    const limiter = this.limiters.get(name)
    if (!limiter) {
      throw new Error(`Unknown rate limit ${name}`)
    }
    return limiter
  }

  protected storeKey(key: string): string {
    return createHash("sha256").update(key).digest("hex").slice(0, 32)
  }

  protected connect(redisUrl: string): Redis {
    // Commands fail at once while Redis is away (no queue), so the memory limiter answers instead.
    const redis = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 })
    let reported = false
    redis.on("ready", () => {
      reported = false
    })
    redis.on("error", (error: Error) => {
      if (!reported) {
        reported = true
        this.logger.warn(`Rate limits: Redis unavailable (${error.message}); counting in this process's memory until it is back`)
      }
    })
    return redis
  }
}
