import { serializeJsonLd, type JsonLdObject } from "@/lib/structured-data"

/**
 * Structured data for search engines (lib/structured-data.ts), rendered on the server. The browser
 * runs nothing: `application/ld+json` is not a script type it executes, and the serialization
 * escapes `<` so no text can close the element.
 */
export function JsonLd({ data }: { data: JsonLdObject }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
