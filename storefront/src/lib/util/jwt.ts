/** Used when a token carries no readable expiry; Medusa's default `jwtExpiresIn` is one day. */
const FALLBACK_SECONDS = 60 * 60 * 24

/**
 * Seconds until a JWT expires (its `exp` claim, read without verifying: the backend verifies),
 * at least one minute; the session cookie lives exactly as long as the token it holds.
 */
export function tokenLifetime(token: string, now: number = Date.now()): number {
  const payload = token.split(".")[1]
  if (payload) {
    try {
      const claims: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"))
      if (typeof claims === "object" && claims !== null && "exp" in claims && typeof claims.exp === "number") {
        return Math.max(60, Math.floor(claims.exp - now / 1000))
      }
    } catch {
      // Not a JWT we can read: fall back below.
    }
  }
  return FALLBACK_SECONDS
}
