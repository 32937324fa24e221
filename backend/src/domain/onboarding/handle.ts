import { randomBytes } from "node:crypto"

/** Latin letters for Arabic ones, the way Moroccan names are usually written in French. */
const ARABIC_TO_LATIN: Record<string, string> = {
  ا: "a", أ: "a", إ: "i", آ: "a", ء: "", ؤ: "o", ئ: "i", ب: "b", ت: "t", ث: "t", ج: "j", ح: "h", خ: "kh",
  د: "d", ذ: "d", ر: "r", ز: "z", س: "s", ش: "ch", ص: "s", ض: "d", ط: "t", ظ: "d", ع: "a", غ: "gh",
  ف: "f", ق: "q", ك: "k", ڭ: "g", گ: "g", ل: "l", م: "m", ن: "n", ه: "h", ة: "a", و: "ou", ي: "i", ى: "a",
  ڤ: "v", پ: "p",
}

/** A URL slug: lowercase ASCII letters, digits and single dashes; Arabic is transliterated. */
export function slugify(text: string): string {
  return text
    // Arabic letters in their presentation forms (ﻻ, ﺔ…) become the ordinary letters first.
    .normalize("NFKC")
    // Arabic-Indic (٠–٩) and Eastern Arabic-Indic (۰–۹) digits are digits.
    .replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String((digit.codePointAt(0) ?? 0) & 0xf))
    .replace(/[\u0600-\u06FF]/g, (letter) => ARABIC_TO_LATIN[letter] ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .replace(/-{2,}/g, "-")
    .slice(0, 60)
    .replace(/-+$/, "")
}

/** The first text that gives a slug of at least 3 characters. */
export function slugFrom(texts: Array<string | null | undefined>, fallback: string): string {
  for (const text of texts) {
    const slug = text ? slugify(text) : ""
    if (slug.length >= 3) {
      return slug
    }
  }
  return fallback
}

/** `base` when free, otherwise `base-2`, `base-3`… (the taken ones are given). */
export function firstFreeHandle(base: string, taken: Iterable<string>): string {
  const used = new Set(taken)
  if (!used.has(base)) {
    return base
  }
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`
    if (!used.has(candidate)) {
      return candidate
    }
  }
}

const ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"

/** A short random suffix (for product handles and SKUs). */
export function randomSuffix(length = 6): string {
  const bytes = randomBytes(length)
  return Array.from(bytes, (byte) => ALPHABET[byte % ALPHABET.length]).join("")
}
