/**
 * A tiny, safe-by-default HTML builder for emails: every value interpolated into an `html`
 * template is escaped unless it is itself `SafeHtml` (built by `html`), so a product title such
 * as `<script>` can only ever come out as text.
 */
export class SafeHtml {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value
  }
}

export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[]

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
}

/** Escapes text for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character])
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) {
    return value.value
  }
  if (Array.isArray(value)) {
    return value.map(render).join("")
  }
  if (value === null || value === undefined || value === false) {
    return ""
  }
  return escapeHtml(String(value))
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  return new SafeHtml(strings.reduce((out, part, index) => out + part + (index < values.length ? render(values[index]) : ""), ""))
}
