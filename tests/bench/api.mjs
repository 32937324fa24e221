// Store API latency with autocannon: Tadamon's catalog routes next to Medusa's stock
// `/store/products` on the same data, one route at a time, each with the same load and warm-up.
// The machine may be shared: rounds that take turns keep a busy moment from landing on one route.
import autocannon from "autocannon"

/**
 * The routes, stock ones first. Each Tadamon route names the stock route doing comparable work
 * (`baseline`): priced routes against the priced stock listing, unpriced ones against the unpriced.
 */
export function catalogRoutes({ regionId, cooperative, edition }) {
  return [
    { id: "stock-priced", stock: true, path: `/store/products?limit=12&region_id=${regionId}` },
    { id: "stock-unpriced", stock: true, path: "/store/products?limit=12" },
    { id: "cooperatives", baseline: "stock-unpriced", path: "/store/cooperatives" },
    {
      id: "cooperatives-filtered",
      baseline: "stock-unpriced",
      path: "/store/cooperatives?province=taounate&sector=honey",
    },
    { id: "cooperative", baseline: "stock-priced", path: `/store/cooperatives/${cooperative.handle}?region_id=${regionId}` },
    { id: "editions", baseline: "stock-unpriced", path: "/store/editions" },
    { id: "edition", baseline: "stock-unpriced", path: `/store/editions/${edition}` },
    // Search against the stock listing the issue names (`/store/products?limit=12`): words with the
    // article, a French typo, and filters with a sort.
    { id: "search-arabic", baseline: "stock-unpriced", path: `/store/search?q=${encodeURIComponent("العسل")}` },
    { id: "search-typo", baseline: "stock-unpriced", path: "/store/search?q=fiuges%20seches" },
    { id: "search-facets", baseline: "stock-unpriced", path: "/store/search?q=miel&in_stock=true&sort=price_asc" },
    { id: "search-browse", baseline: "stock-unpriced", path: "/store/search?category=honey" },
    {
      id: "products-cooperative",
      baseline: "stock-priced",
      path: `/store/products?fields=+cooperative.handle,+cooperative.name&limit=12&region_id=${regionId}`,
    },
  ]
}

/** How many records the answer carries, so that an empty answer does not pass for a fast one. */
function countRecords(body) {
  if (Array.isArray(body.product_ids)) {
    return body.product_ids.length
  }
  if (Array.isArray(body.products) && !body.cooperative) {
    return body.products.length
  }
  if (Array.isArray(body.cooperatives)) {
    return body.cooperatives.length
  }
  if (Array.isArray(body.editions)) {
    return body.editions.length
  }
  if (body.edition) {
    return 1 + (body.edition.participants?.length ?? 0)
  }
  return body.cooperative ? 1 + (body.products?.length ?? 0) : 0
}

async function check(url, headers) {
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(15000) })
  const text = await response.text()
  if (!response.ok) {
    throw new Error(`GET ${url} answered ${response.status}: ${text.slice(0, 300)}`)
  }
  const records = countRecords(JSON.parse(text))
  if (!records) {
    throw new Error(`GET ${url} answered no record`)
  }
  return { records, bytes: Buffer.byteLength(text) }
}

function failures(raw, path) {
  if (!raw.errors && !raw.timeouts && !raw.non2xx) {
    return null
  }
  const codes = Object.entries(raw.statusCodeStats ?? {})
    .map(([code, { count }]) => `${code}×${count}`)
    .join(", ")
  return new Error(`${path}: ${raw.errors} errors, ${raw.timeouts} timeouts, ${raw.non2xx} non-2xx (${codes})`)
}

/**
 * autocannon stops a run by closing its sockets: the requests in flight still keep the backend busy.
 * Waiting for the slowest latency just seen lets them finish before the next route's run starts.
 */
async function settle(url, raw) {
  const { latency } = autocannon.aggregateResult([raw], { url })
  await new Promise((resolve) => setTimeout(resolve, Math.min(5000, Math.max(200, latency.max))))
}

/** One autocannon run of `seconds`, raw (histograms still encoded) so that runs can be pooled. */
async function segment({ url, path }, headers, connections, seconds) {
  const raw = await autocannon({ url, headers, connections, duration: seconds, skipAggregateResult: true })
  const error = failures(raw, path)
  if (error) {
    throw error
  }
  await settle(url, raw)
  return raw
}

/**
 * Loads every route, one at a time: each gets `warmup` seconds first, then `duration` seconds split
 * into `rounds` runs that take turns with the other routes' (starting one route later each round), so
 * that whatever else the machine does at some moment weighs on every route alike. Latencies are the
 * pooled histogram of a route's rounds. Throws when any request failed, timed out or was not 2xx.
 */
export async function measureRoutes(routes, { backendUrl, key, connections, duration, warmup, rounds, onStep = () => undefined }) {
  const headers = { "x-publishable-api-key": key }
  const state = []
  for (const route of routes) {
    const url = new URL(route.path, backendUrl).href
    const answer = await check(url, headers)
    onStep(`warm-up ${route.id}`)
    await segment({ url, path: route.path }, headers, connections, warmup)
    state.push({ route, url, answer, segments: [] })
  }

  const seconds = duration / rounds
  for (let round = 0; round < rounds; round += 1) {
    onStep(`round ${round + 1}/${rounds}`)
    for (let turn = 0; turn < state.length; turn += 1) {
      const entry = state[(round + turn) % state.length]
      entry.segments.push(await segment({ url: entry.url, path: entry.route.path }, headers, connections, seconds))
    }
  }
  return state.map(summarise)
}

function summarise({ route, url, answer, segments }) {
  const result = autocannon.aggregateResult(segments, { url })
  const completed = segments.reduce((total, raw) => total + raw.totalCompletedRequests, 0)
  const measuredSeconds = segments.reduce((total, raw) => total + raw.duration, 0)
  return {
    id: route.id,
    path: route.path,
    stock: Boolean(route.stock),
    baseline: route.baseline ?? null,
    records: answer.records,
    responseBytes: answer.bytes,
    requests: completed,
    requestsPerSecond: completed / measuredSeconds,
    latency: {
      p50: result.latency.p50,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
      mean: result.latency.average,
      max: result.latency.max,
    },
    // A turn in which nothing completed (the machine stalled) has no latency: null.
    roundsP50: segments.map((raw) => (raw.totalCompletedRequests ? autocannon.aggregateResult([raw], { url }).latency.p50 : null)),
  }
}

/** Adds each route's p50 and mean as multiples of the stock routes' (both, and its own baseline's). */
export function withRatios(results) {
  const byId = Object.fromEntries(results.map((result) => [result.id, result]))
  const against = (result, stockId) => {
    const stock = byId[stockId]
    return stock
      ? { p50: result.latency.p50 / stock.latency.p50, mean: result.latency.mean / stock.latency.mean }
      : null
  }
  return results.map((result) => ({
    ...result,
    ratios: {
      "stock-priced": against(result, "stock-priced"),
      "stock-unpriced": against(result, "stock-unpriced"),
      baseline: result.baseline ? against(result, result.baseline) : null,
    },
  }))
}
