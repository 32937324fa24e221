import { TERMS_VERSION } from "@tadamon/shared"
// Guest checkouts through the Store API, as a standard client places them: a cart with lines from
// one to three cooperatives, one shipping method per cooperative, cash on delivery. Used by the
// fault suite (faults.mjs), which needs carts ready to complete while it breaks things.

/** A Taounate delivery address that Tadamon's Moroccan address rules accept (region 03, Fès-Meknès). */
const ADDRESS = {
  first_name: "Bench", last_name: "Faults", phone: "0611223344", address_1: "7 زنقة الزيتون", city: "Taounate",
  province: "taounate", postal_code: "34000", country_code: "ma", metadata: { region: "03" },
}
export const CASH_ON_DELIVERY = "pp_cod_cod"

/** One Store API call; a network failure (the backend is down) answers status 0. */
export async function storeCall(backendUrl, key, method, path, body, { timeoutMs = 30000 } = {}) {
  try {
    const response = await fetch(new URL(path, backendUrl), {
      method,
      headers: { "x-publishable-api-key": key, ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(timeoutMs),
    })
    const text = await response.text()
    let data = null
    try {
      data = text ? JSON.parse(text) : null
    } catch {
      data = { text: text.slice(0, 300) }
    }
    return { status: response.status, data }
  } catch (error) {
    return { status: 0, data: null, error: error.cause?.code ?? error.name ?? String(error) }
  }
}

async function expectOk(backendUrl, key, method, path, body) {
  const answer = await storeCall(backendUrl, key, method, path, body)
  if (answer.status < 200 || answer.status >= 300) {
    const why = answer.status ? JSON.stringify(answer.data).slice(0, 300) : answer.error
    throw new Error(`${method} ${path} answered ${answer.status || "nothing"}: ${why}`)
  }
  return answer.data
}

/**
 * One in-stock variant of each approved cooperative's products, read from the Store API:
 * [{ cooperative, variant_id }], one entry per cooperative.
 */
export async function variantsByCooperative(backendUrl, key, regionId) {
  const { products } = await expectOk(
    backendUrl,
    key,
    "GET",
    `/store/products?limit=200&region_id=${regionId}&fields=id,variants.id,variants.manage_inventory,+cooperative.handle`
  )
  const picks = new Map()
  for (const product of products) {
    const cooperative = product.cooperative?.handle
    const variant = product.variants?.[0]
    if (cooperative && variant && !picks.has(cooperative)) {
      picks.set(cooperative, { cooperative, variant_id: variant.id })
    }
  }
  return [...picks.values()]
}

/**
 * A guest cart ready to complete: the lines, one shipping method per cooperative (its first listed
 * option), a cash-on-delivery payment session. Returns the cart id.
 */
export async function prepareCart(backendUrl, key, { regionId, variantIds, email }) {
  const { cart } = await expectOk(backendUrl, key, "POST", "/store/carts", {
    region_id: regionId,
    email,
    locale: "ar-MA",
    shipping_address: ADDRESS,
    metadata: { terms_acceptance: { version: TERMS_VERSION } },
  })
  for (const variant_id of variantIds) {
    await expectOk(backendUrl, key, "POST", `/store/carts/${cart.id}/line-items`, { variant_id, quantity: 1 })
  }
  const { shipping_options: options } = await expectOk(backendUrl, key, "GET", `/store/shipping-options?cart_id=${cart.id}`)
  const byProfile = new Map()
  for (const option of options) {
    if (!byProfile.has(option.shipping_profile_id)) {
      byProfile.set(option.shipping_profile_id, option.id)
    }
  }
  for (const option_id of byProfile.values()) {
    await expectOk(backendUrl, key, "POST", `/store/carts/${cart.id}/shipping-methods`, { option_id })
  }
  const { payment_collection: collection } = await expectOk(backendUrl, key, "POST", "/store/payment-collections", {
    cart_id: cart.id,
  })
  await expectOk(backendUrl, key, "POST", `/store/payment-collections/${collection.id}/payment-sessions`, {
    provider_id: CASH_ON_DELIVERY,
  })
  return cart.id
}

/** POST /store/carts/:id/complete: { status (0 when the connection failed), reference? }. */
export async function completeCart(backendUrl, key, cartId, { timeoutMs = 120000 } = {}) {
  const answer = await storeCall(backendUrl, key, "POST", `/store/carts/${cartId}/complete`, {}, { timeoutMs })
  return {
    status: answer.status,
    reference: answer.status === 200 ? answer.data?.order_group?.reference ?? null : null,
    orders: answer.status === 200 ? answer.data?.order_group?.orders?.length ?? 0 : 0,
    error: answer.error ?? (answer.status >= 300 ? answer.data?.errors?.[0]?.code ?? answer.data?.type ?? answer.data?.message : undefined),
  }
}

/** Runs `fn` over `items` with at most `concurrency` at once; results in order. */
export async function mapLimit(items, concurrency, fn) {
  const results = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const index = next++
        results[index] = await fn(items[index], index)
      }
    })
  )
  return results
}
