import { timingSafeEqual } from "node:crypto"
import { revalidateTag } from "next/cache"
import type { NextRequest } from "next/server"
import { revalidateSecret } from "@/lib/env"

const MAX_TAGS = 100
const MAX_TAG_LENGTH = 256

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

function parseTags(body: unknown): string[] | null {
  if (typeof body !== "object" || body === null || !("tags" in body) || !Array.isArray(body.tags)) {
    return null
  }
  const tags: unknown[] = body.tags
  if (tags.length === 0 || tags.length > MAX_TAGS) {
    return null
  }
  const valid = tags.every((tag) => typeof tag === "string" && tag.length > 0 && tag.length <= MAX_TAG_LENGTH)
  return valid ? tags.map(String) : null
}

/**
 * The backend calls this when catalog data changes:
 * `POST /api/revalidate` with `Authorization: Bearer <REVALIDATE_SECRET>` and `{ "tags": ["products", "product:honey-thyme"] }`.
 * Tagged reads expire at once; the next visitor gets fresh data. See lib/data/cache.ts for the tags.
 */
export async function POST(request: NextRequest) {
  const secret = revalidateSecret()
  if (!secret) {
    return Response.json({ message: "Revalidation is not configured" }, { status: 503 })
  }
  const authorization = request.headers.get("authorization") ?? ""
  const given = authorization.startsWith("Bearer ") ? authorization.slice("Bearer ".length) : ""
  if (!sameSecret(given, secret)) {
    return Response.json({ message: "Unauthorized" }, { status: 401 })
  }

  let body: unknown
  try {
    body = await request.json()
  } catch {
    return Response.json({ message: "Body must be JSON: { tags: string[] }" }, { status: 400 })
  }
  const tags = parseTags(body)
  if (!tags) {
    return Response.json(
      { message: `Body must be { tags: string[] } with 1 to ${MAX_TAGS} non-empty tags of at most ${MAX_TAG_LENGTH} characters` },
      { status: 400 }
    )
  }

  for (const tag of new Set(tags)) {
    revalidateTag(tag, { expire: 0 })
  }
  return Response.json({ revalidated: [...new Set(tags)] })
}
