import type { UPLOAD_MIME_TYPES } from "@tadamon/shared"

export type DetectedFileType = { mime: (typeof UPLOAD_MIME_TYPES)[number]; extension: string }

/** The type of an upload from its first bytes: JPEG, PNG, WebP or PDF; null for anything else. */
export function detectFileType(content: Buffer): DetectedFileType | null {
  if (content.length >= 3 && content[0] === 0xff && content[1] === 0xd8 && content[2] === 0xff) {
    return { mime: "image/jpeg", extension: "jpg" }
  }
  if (content.length >= 8 && content.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return { mime: "image/png", extension: "png" }
  }
  if (content.length >= 12 && content.toString("latin1", 0, 4) === "RIFF" && content.toString("latin1", 8, 12) === "WEBP") {
    return { mime: "image/webp", extension: "webp" }
  }
  if (content.length >= 5 && content.toString("latin1", 0, 5) === "%PDF-") {
    return { mime: "application/pdf", extension: "pdf" }
  }
  return null
}
