import { createHash, randomBytes } from "node:crypto"

/** A new invitation secret (sent by email only) and the hash that is stored. */
export function newInvitationToken(): { token: string; token_hash: string } {
  const token = randomBytes(32).toString("base64url")
  return { token, token_hash: hashInvitationToken(token) }
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex")
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase()
}
