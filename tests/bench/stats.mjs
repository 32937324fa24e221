// Small number helpers for the benchmark: medians and fixed-width formatting.

/** The median of the finite values, or null when there is none. */
export function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b)
  if (!sorted.length) {
    return null
  }
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** A number with `digits` decimals, or an en dash when it is missing. */
export function fixed(value, digits = 0) {
  return Number.isFinite(value) ? value.toFixed(digits) : "–"
}

/** Bytes as kB (1 kB = 1000 bytes, as Chrome DevTools and Next.js count them). */
export function kB(bytes, digits = 1) {
  return Number.isFinite(bytes) ? (bytes / 1000).toFixed(digits) : "–"
}

/** A ratio such as `1.04×`. */
export function ratio(value, digits = 2) {
  return Number.isFinite(value) ? `${value.toFixed(digits)}×` : "–"
}

/** Rows of cells as a left-aligned text table (first row: headings) with a rule under the headings. */
export function table(rows, { indent = "  " } = {}) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column] ?? "").length)))
  const line = (row) =>
    indent +
    row
      .map((cell, column) => String(cell ?? "").padEnd(widths[column]))
      .join("  ")
      .trimEnd()
  const rule = indent + widths.map((width) => "─".repeat(width)).join("  ")
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join("\n") + "\n"
}
