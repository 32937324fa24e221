import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { rateLimitedMessage, type RateLimitedResponse } from "@tadamon/shared"
import { RATE_LIMIT_MODULE } from "../modules/rate-limit"
import type { RateLimitName } from "../modules/rate-limit/limits"
import type RateLimitModuleService from "../modules/rate-limit/service"
import type { Attempt } from "../modules/rate-limit/service"
import { requestLocale } from "./utils/request-locale"

/** The account a request names (an email, a reference, an identity), or none. */
type AccountOf = (req: MedusaRequest) => string | undefined

type Policy = {
  account: { limit: RateLimitName; of: AccountOf }
  address: RateLimitName
  /**
   * `attempts`: every request counts. `failures`: a request answered with a success is given back,
   * so that people who sign in or open their order many times are never limited. Either way the
   * attempt is counted before the route runs: parallel requests cannot all slip under the limit.
   */
  counts: "attempts" | "failures"
}

/**
 * Counts the request under its account's and its address's limits, and answers 429 with
 * `Retry-After` (and the same delay, in the request's language, in the body) when either is used
 * up. A refused request is not tried at all.
 */
export function rateLimit(policy: Policy) {
  return async function rateLimited(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    const limits: RateLimitModuleService = req.scope.resolve(RATE_LIMIT_MODULE)
    const account = policy.account.of(req)
    const attempts: Attempt[] = [
      ...(account ? [{ limit: policy.account.limit, key: account }] : []),
      { limit: policy.address, key: limits.clientAddress(req) },
    ]
    const verdict = await limits.consume(attempts)
    if (!verdict.allowed) {
      const seconds = verdict.retryAfterSeconds
      const body: RateLimitedResponse = {
        type: "too_many_requests",
        code: "rate_limited",
        message: rateLimitedMessage(requestLocale(req), seconds),
        retry_after: seconds,
      }
      res.setHeader("Retry-After", String(seconds))
      res.status(429).json(body)
      return
    }
    if (policy.counts === "failures") {
      res.once("finish", () => {
        if (res.statusCode < 400) {
          limits.giveBack(verdict.counted).catch((error: Error) => {
            const logger: Logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
            logger.warn(`Rate limits: could not give back a successful attempt: ${error.message}`)
          })
        }
      })
    }
    next()
  }
}

/** A text field of the JSON body, trimmed and lower-cased (emails). */
function bodyText(field: string): AccountOf {
  return (req) => {
    const value = (req.body as Record<string, unknown> | undefined)?.[field]
    return typeof value === "string" && value.trim() ? value.trim().toLowerCase() : undefined
  }
}

/** The order reference in the path, as the route reads it. */
const orderReference: AccountOf = (req) => req.params.reference?.trim().toUpperCase() || undefined

/** The signed-in customer or member, or the identity registering (applying, uploading its documents). */
const memberOrIdentity: AccountOf = (req) => {
  const context = (req as AuthenticatedMedusaRequest).auth_context
  return context?.actor_id || context?.auth_identity_id || undefined
}

type Method = "GET" | "POST"

function limited(method: Method[], matcher: string, account: RateLimitName, of: AccountOf, address: RateLimitName, counts: Policy["counts"]): MiddlewareRoute {
  return { method, matcher, middlewares: [rateLimit({ account: { limit: account, of }, address, counts })] }
}

/**
 * Every rate-limited route, aggregated in api/middlewares.ts ahead of the routes' own middlewares
 * (an upload is refused before its files are read). Sign-in is Medusa's `/auth/{actor}/{provider}`
 * for customers, members and organizers (`user`), by POST and by GET with a body, which Medusa
 * also accepts; the account is the email, shared by every actor type of one identity.
 */
export const rateLimitedRoutesMiddlewares: MiddlewareRoute[] = [
  limited(["GET", "POST"], "/auth/:actor_type/:auth_provider", "sign_in_account", bodyText("email"), "sign_in_address", "failures"),
  limited(["POST"], "/auth/:actor_type/:auth_provider/register", "registration_account", bodyText("email"), "registration_address", "attempts"),
  limited(["POST"], "/auth/:actor_type/:auth_provider/reset-password", "password_reset_account", bodyText("identifier"), "password_reset_address", "attempts"),
  // Erasing an account checks its password: a wrong one counts as a failed sign-in of that customer.
  limited(["POST"], "/store/customers/me/erasure", "sign_in_account", memberOrIdentity, "sign_in_address", "failures"),
  limited(["GET"], "/store/order-groups/:reference", "order_lookup_account", orderReference, "order_lookup_address", "failures"),
  limited(["POST"], "/vendor/applications", "application_account", memberOrIdentity, "application_address", "attempts"),
  limited(["POST"], "/vendor/uploads", "upload_account", memberOrIdentity, "upload_address", "attempts"),
  limited(["POST"], "/vendor/members/invitations", "invitation_account", memberOrIdentity, "invitation_address", "attempts"),
  limited(["POST"], "/store/reviews", "review_account", memberOrIdentity, "review_address", "attempts"),
  limited(["POST"], "/store/reviews/:id/report", "review_account", memberOrIdentity, "review_address", "attempts"),
]
