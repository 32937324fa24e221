// The checkout path: cart completion timed inside the backend (`medusa exec` of
// backend/src/scripts/bench-checkout.ts on the bench database), Tadamon's cooperative split
// next to Medusa's stock completeCartWorkflow on a cart of the same shape.
import { fixed, median, ratio, table } from "./stats.mjs"

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/** Parses the script's `BENCH_CHECKOUT=<json>` line into per-case medians and ratios to stock. */
export function summarizeCheckout(output) {
  const line = output.split("\n").find((text) => text.startsWith("BENCH_CHECKOUT="))
  if (!line) {
    throw new Error(`bench-checkout printed no figures:\n${output.split("\n").slice(-15).join("\n")}`)
  }
  const { cooperatives, results } = JSON.parse(line.slice("BENCH_CHECKOUT=".length))
  const cases = results.map((result) => ({
    label: result.label,
    runs: result.samples_ms.length,
    median_ms: median(result.samples_ms),
    p90_ms: percentile(result.samples_ms, 90),
    min_ms: Math.min(...result.samples_ms),
    steps_ms: result.steps_ms ?? [],
  }))
  const stock = cases[0]
  return {
    cooperatives,
    cases: cases.map((entry) => ({ ...entry, ratio_to_stock: entry.median_ms / stock.median_ms })),
  }
}

export function printCheckout(checkout) {
  if (!checkout) {
    return
  }
  process.stdout.write(`\nCheckout: cart completion inside the backend (cooperatives ${checkout.cooperatives.join(", ")})\n`)
  process.stdout.write(
    table([
      ["case", "runs", "median ms", "p90 ms", "min ms", "× stock (median)"],
      ...checkout.cases.map((entry) => [
        entry.label,
        String(entry.runs),
        fixed(entry.median_ms),
        fixed(entry.p90_ms),
        fixed(entry.min_ms),
        ratio(entry.ratio_to_stock),
      ]),
    ])
  )
  // Where the time goes: mean ms per run in each workflow step (nested workflows' steps included).
  const names = new Map()
  for (const entry of checkout.cases) {
    for (const step of entry.steps_ms) {
      names.set(step.name, Math.max(names.get(step.name) ?? 0, step.mean_ms))
    }
  }
  const slowest = [...names].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([name]) => name)
  if (!slowest.length) {
    return
  }
  const meanOf = (entry, name) => entry.steps_ms.find((step) => step.name === name)?.mean_ms
  process.stdout.write("\nCheckout steps: mean ms per completion, the 15 slowest\n")
  process.stdout.write(
    table([
      ["step", ...checkout.cases.map((entry) => entry.label.replace(/ completeCartWorkflow|Tadamon /g, ""))],
      ...slowest.map((name) => [name, ...checkout.cases.map((entry) => (meanOf(entry, name) === undefined ? "·" : fixed(meanOf(entry, name))))]),
    ])
  )
}
