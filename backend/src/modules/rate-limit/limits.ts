import { z } from "@medusajs/framework/zod"

/** How many attempts a key may make (`points`) in a fixed window of `duration` seconds. */
export type RateLimit = { points: number; duration: number }

const MINUTE = 60

/**
 * Every limit of Tadamon's abuse-prone routes, in one place (README, "Rate limits"). `_account`
 * limits count under the account the request names (an email, an order reference, the signed-in
 * member or registering identity), `_address` limits under the client's address (IPv6 by /64).
 * Which routes take which limits, and whether they count every attempt or only failures, is in
 * src/api/rate-limits.ts. Deployments and tests change them through the module's `limits` option
 * (`TADAMON_RATE_LIMITS` in medusa-config.ts), never here.
 *
 * Per-address limits are generous: many customers share an address (mobile carriers' NAT, a fair's
 * Wi-Fi, the storefront's own server unless it forwards the visitor's address, see `trustProxy`).
 */
export const DEFAULT_RATE_LIMITS = {
  /** Failed sign-ins of one email, whatever the actor (customer, member, organizer). */
  sign_in_account: { points: 10, duration: 15 * MINUTE },
  /** Failed sign-ins from one address, all emails together. */
  sign_in_address: { points: 30, duration: 15 * MINUTE },
  /** Registrations of one email. */
  registration_account: { points: 5, duration: 15 * MINUTE },
  /** Registrations from one address (each costs a password hash). */
  registration_address: { points: 40, duration: 15 * MINUTE },
  /** Password reset requests for one email (each sends an email). */
  password_reset_account: { points: 5, duration: 15 * MINUTE },
  password_reset_address: { points: 20, duration: 15 * MINUTE },
  /** Guest order lookups that found nothing, for one reference (guessing its email). */
  order_lookup_account: { points: 10, duration: 15 * MINUTE },
  /** Guest order lookups that found nothing, from one address (guessing references). */
  order_lookup_address: { points: 20, duration: 15 * MINUTE },
  /** Cooperative applications of one registering identity. */
  application_account: { points: 10, duration: 15 * MINUTE },
  application_address: { points: 30, duration: 15 * MINUTE },
  /** Uploads of one member or registering identity. */
  upload_account: { points: 30, duration: 15 * MINUTE },
  upload_address: { points: 60, duration: 15 * MINUTE },
  /** Invitations sent by one member (each sends an email). */
  invitation_account: { points: 20, duration: 15 * MINUTE },
  invitation_address: { points: 40, duration: 15 * MINUTE },
  /** Reviews written and reviews reported by one customer. */
  review_account: { points: 20, duration: 15 * MINUTE },
  /** Reviews written and reported from one address (visitors report too). */
  review_address: { points: 60, duration: 15 * MINUTE },
} satisfies Record<string, RateLimit>

export type RateLimitName = keyof typeof DEFAULT_RATE_LIMITS
export type RateLimits = Record<RateLimitName, RateLimit>

const RATE_LIMIT_NAMES = Object.keys(DEFAULT_RATE_LIMITS) as [RateLimitName, ...RateLimitName[]]

const RateLimitOverrides = z.partialRecord(
  z.enum(RATE_LIMIT_NAMES),
  z.object({ points: z.number().int().min(1).optional(), duration: z.number().int().min(1).optional() }).strict()
)

/**
 * The limits in force: the defaults with the deployment's overrides, given as an object or as JSON
 * (`{"sign_in_account":{"points":5,"duration":900}}`). An unknown name or a bad number stops the
 * server at start, saying which.
 */
export function resolveRateLimits(overrides: unknown): RateLimits {
  let parsed: unknown = overrides ?? {}
  if (typeof parsed === "string") {
    try {
      parsed = JSON.parse(parsed)
    } catch (error) {
      // eslint-disable-next-line preserve-caught-error -- compiled for ES2021, whose Error takes no cause; the message carries it
      throw new Error(`TADAMON_RATE_LIMITS is not valid JSON: ${(error as Error).message}`)
    }
  }
  const result = RateLimitOverrides.safeParse(parsed)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`)
    throw new Error(`TADAMON_RATE_LIMITS: ${problems.join("; ")} (names: ${RATE_LIMIT_NAMES.join(", ")})`)
  }
  const limits = { ...DEFAULT_RATE_LIMITS }
  for (const [name, override] of Object.entries(result.data) as Array<[RateLimitName, Partial<RateLimit>]>) {
    limits[name] = { ...limits[name], ...override }
  }
  return limits
}
