// Enumeration by timing: how long the backend takes to refuse a sign-in and a guest order lookup
// when the account or order exists, next to when it does not. Alike figures mean the time of a
// refusal does not tell which emails have accounts or which references are orders. Requests of
// both kinds take turns, one at a time, after a warm-up, so a busy moment weighs on both.
import { TERMS_VERSION } from "@tadamon/shared"
import { fixed, median, ratio, table } from "./stats.mjs"

/**
 * The rate limits would refuse the benchmark's hundreds of failures from one address after a few
 * dozen: the bench backend gets limits it never reaches (passed as TADAMON_RATE_LIMITS).
 */
export const BENCH_RATE_LIMITS = JSON.stringify(
  Object.fromEntries(
    ["sign_in_account", "sign_in_address", "order_lookup_account", "order_lookup_address"].map(
      (name) => [name, { points: 1_000_000 }]
    )
  )
)

/** A Taounate delivery address that Tadamon's Moroccan address rules accept (region 03, Fès-Meknès). */
const ADDRESS = {
  first_name: "Bench", last_name: "Timing", phone: "0698765432", address_1: "4 زنقة الأطلس", city: "Taounate",
  province: "taounate", postal_code: "34000", country_code: "ma", metadata: { region: "03" },
}
const REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

async function call(backendUrl, key, method, path, body) {
  const response = await fetch(new URL(path, backendUrl), {
    method,
    headers: { "x-publishable-api-key": key, ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(30000),
  })
  const text = await response.text()
  return { status: response.status, data: text ? JSON.parse(text) : null }
}

async function expectOk(backendUrl, key, method, path, body) {
  const answer = await call(backendUrl, key, method, path, body)
  if (answer.status >= 400) {
    throw new Error(`${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.data).slice(0, 300)}`)
  }
  return answer.data
}

/** A customer account with a password, through the Store API as the storefront registers one. */
async function registerCustomer(backendUrl, key, email, password) {
  const { token } = await expectOk(backendUrl, key, "POST", "/auth/customer/emailpass/register", { email, password })
  const response = await fetch(new URL("/store/customers", backendUrl), {
    method: "POST",
    headers: { "x-publishable-api-key": key, "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ email, first_name: "Bench", last_name: "Timing" }),
  })
  if (!response.ok) {
    throw new Error(`POST /store/customers answered ${response.status}: ${(await response.text()).slice(0, 300)}`)
  }
}

/** A guest order of one line of the fixtures' product, paid cash on delivery: its reference. */
async function placeGuestOrder(backendUrl, key, fixtures, email) {
  const { products } = await expectOk(
    backendUrl,
    key,
    "GET",
    `/store/products?handle=${fixtures.product.handle}&fields=variants.id&region_id=${fixtures.regionId}`
  )
  const variantId = products[0]?.variants?.[0]?.id
  if (!variantId) {
    throw new Error(`Product ${fixtures.product.handle} has no variant to order`)
  }
  const { cart } = await expectOk(backendUrl, key, "POST", "/store/carts", {
    region_id: fixtures.regionId,
    email,
    shipping_address: ADDRESS,
    locale: "ar-MA",
    metadata: { terms_acceptance: { version: TERMS_VERSION } },
  })
  await expectOk(backendUrl, key, "POST", `/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 1 })
  const { cooperatives } = await expectOk(backendUrl, key, "GET", `/store/carts/${cart.id}/cooperative-shipping`)
  for (const group of cooperatives) {
    const option = group.options.find((candidate) => candidate.kind === "amana") ?? group.options[0]
    await expectOk(backendUrl, key, "POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: option.id })
  }
  const { payment_collection } = await expectOk(backendUrl, key, "POST", "/store/payment-collections", { cart_id: cart.id })
  await expectOk(backendUrl, key, "POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_cod_cod" })
  const completed = await expectOk(backendUrl, key, "POST", `/store/carts/${cart.id}/complete`, {})
  if (completed.type !== "order") {
    throw new Error(`Completing the bench cart answered ${JSON.stringify(completed).slice(0, 300)}`)
  }
  return completed.order_group.reference
}

function randomReference() {
  let code = ""
  for (let index = 0; index < 6; index++) {
    code += REFERENCE_ALPHABET[Math.floor(Math.random() * REFERENCE_ALPHABET.length)]
  }
  return `TDM-${code}`
}

/** Milliseconds of one request, which must be refused with `status`. */
async function timed(backendUrl, key, method, path, body, status) {
  const started = performance.now()
  const answer = await call(backendUrl, key, method, path, body)
  const elapsed = performance.now() - started
  if (answer.status !== status) {
    throw new Error(`${method} ${path} answered ${answer.status} instead of ${status}: ${JSON.stringify(answer.data).slice(0, 300)}`)
  }
  return elapsed
}

/** Both kinds of request in turn (`runs` each, after `warmup` each): the two lists of milliseconds. */
async function alternate(runs, warmup, [first, second]) {
  const samples = [[], []]
  for (let index = 0; index < warmup + runs; index++) {
    const pair = index % 2 ? [second, first] : [first, second]
    const times = []
    for (const request of pair) {
      times.push(await request())
    }
    if (index >= warmup) {
      const [a, b] = index % 2 ? [times[1], times[0]] : times
      samples[0].push(a)
      samples[1].push(b)
    }
  }
  return samples
}

function summary(label, samples) {
  return { label, runs: samples.length, median_ms: median(samples), min_ms: Math.min(...samples), max_ms: Math.max(...samples) }
}

/**
 * @returns {Promise<{ runs: number, cases: Array<{ id: string, title: string, exists: object, absent: object, ratio: number }> }>}
 */
export async function measureTiming({ backendUrl, key }, fixtures, { runs = 30, warmup = 3, onStep = () => {} } = {}) {
  const stamp = Date.now()
  const email = `bench-timing-${stamp}@tadamon.test`
  onStep(`registering ${email} and placing one guest order`)
  await registerCustomer(backendUrl, key, email, `bench-passphrase-${stamp}`)
  const orderEmail = `bench-order-${stamp}@tadamon.test`
  const reference = await placeGuestOrder(backendUrl, key, fixtures, orderEmail)

  onStep(`sign-in refusals: ${runs} with a known email, ${runs} with an unknown one`)
  const signIn = (who) => () => timed(backendUrl, key, "POST", "/auth/customer/emailpass", { email: who(), password: "not-the-password" }, 401)
  let unknownIndex = 0
  const [known, unknown] = await alternate(runs, warmup, [signIn(() => email), signIn(() => `nobody-${stamp}-${unknownIndex++}@tadamon.test`)])

  onStep(`guest lookup refusals: ${runs} of ${reference} with a wrong email, ${runs} of random references`)
  const lookUp = (ref) => () => timed(backendUrl, key, "GET", `/store/order-groups/${ref()}?email=${encodeURIComponent(`someone-${stamp}@tadamon.test`)}`, null, 404)
  const [existing, random] = await alternate(runs, warmup, [lookUp(() => reference), lookUp(randomReference)])

  const compare = (id, title, exists, absent) => ({ id, title, exists, absent, ratio: exists.median_ms / absent.median_ms })
  return {
    runs,
    cases: [
      compare("sign-in", "Sign-in, wrong password", summary("known email", known), summary("unknown email", unknown)),
      compare("order-lookup", "Guest order lookup, wrong email", summary("existing reference", existing), summary("random reference", random)),
    ],
  }
}

export function printTiming(timing) {
  if (!timing) {
    return
  }
  process.stdout.write(`\nTiming of refusals (enumeration): ${timing.runs} requests of each kind, taking turns\n`)
  process.stdout.write(
    table([
      ["route", "case", "median ms", "min ms", "max ms", "exists ÷ absent"],
      ...timing.cases.flatMap((entry) => [
        [entry.title, entry.exists.label, fixed(entry.exists.median_ms, 1), fixed(entry.exists.min_ms, 1), fixed(entry.exists.max_ms, 1), ratio(entry.ratio)],
        ["", entry.absent.label, fixed(entry.absent.median_ms, 1), fixed(entry.absent.min_ms, 1), fixed(entry.absent.max_ms, 1), ""],
      ]),
    ])
  )
}
