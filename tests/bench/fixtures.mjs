// What the benchmark measures, read from the running Store API: the MAD region, a product with
// several variants and images, and an approved cooperative (the product's own when it is listed).

const CURRENCY = "mad"

async function storeGet(backendUrl, key, path) {
  const response = await fetch(new URL(path, backendUrl), {
    headers: { "x-publishable-api-key": key },
    signal: AbortSignal.timeout(15000),
  })
  if (!response.ok) {
    throw new Error(`GET ${path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`)
  }
  return response.json()
}

/** The richest product: most variants, then most images. */
function pickProduct(products) {
  const richness = (product) => [product.variants?.length ?? 0, product.images?.length ?? 0]
  const [best] = [...products].sort((a, b) => {
    const [variantsA, imagesA] = richness(a)
    const [variantsB, imagesB] = richness(b)
    return variantsB - variantsA || imagesB - imagesA || a.handle.localeCompare(b.handle)
  })
  return best
}

/**
 * @returns {Promise<{ regionId: string, product: { handle: string, variants: number, images: number,
 *   cooperative: string | null }, cooperative: { handle: string, products: number }, edition: string }>}
 */
export async function discoverFixtures({ backendUrl, key }) {
  const { regions } = await storeGet(backendUrl, key, "/store/regions?fields=id,currency_code&limit=50")
  const region = regions.find((candidate) => candidate.currency_code?.toLowerCase() === CURRENCY)
  if (!region) {
    throw new Error(`No region with currency ${CURRENCY.toUpperCase()} in /store/regions`)
  }

  const { products } = await storeGet(
    backendUrl,
    key,
    "/store/products?fields=id,handle,variants.id,images.id,+cooperative.handle&limit=100"
  )
  const product = pickProduct(products)
  if (!product) {
    throw new Error("The Store API lists no product: is the database seeded?")
  }
  if ((product.variants?.length ?? 0) < 2 || (product.images?.length ?? 0) < 2) {
    throw new Error(`No product with several variants and images (best: ${product.handle})`)
  }

  const { cooperatives } = await storeGet(backendUrl, key, "/store/cooperatives?fields=handle&limit=100")
  const approved = cooperatives.map((cooperative) => cooperative.handle)
  const cooperativeHandle = approved.includes(product.cooperative?.handle) ? product.cooperative.handle : approved[0]
  if (!cooperativeHandle) {
    throw new Error("/store/cooperatives lists no approved cooperative")
  }
  const { products: cooperativeProducts } = await storeGet(backendUrl, key, `/store/cooperatives/${cooperativeHandle}`)

  // The edition with the most stands (the demo data's Taounate market).
  const { editions } = await storeGet(backendUrl, key, "/store/editions")
  const edition = [...editions].sort((a, b) => b.participant_count - a.participant_count)[0]
  if (!edition) {
    throw new Error("/store/editions lists no market edition: is the database seeded?")
  }

  return {
    regionId: region.id,
    edition: edition.handle,
    product: {
      handle: product.handle,
      variants: product.variants.length,
      images: product.images.length,
      cooperative: product.cooperative?.handle ?? null,
    },
    cooperative: { handle: cooperativeHandle, products: cooperativeProducts.length },
  }
}

/**
 * The storefront pages Lighthouse measures (Arabic, the default locale), in the report's order.
 * A page to measure is one more line here (the search page: `{ id: "search", label: "Search",
 * path: "/ar/search?q=…" }`, with a query that finds the seeded products).
 */
export function benchPages(fixtures) {
  return [
    { id: "home", label: "Home", path: "/ar" },
    { id: "category", label: "Category (honey)", path: "/ar/categories/honey" },
    { id: "product", label: "Product", path: `/ar/products/${fixtures.product.handle}` },
    { id: "cooperative", label: "Cooperative", path: `/ar/cooperatives/${fixtures.cooperative.handle}` },
    { id: "edition", label: "Market edition", path: `/ar/markets/${fixtures.edition}` },
    { id: "search", label: "Search (عسل)", path: `/ar/search?q=${encodeURIComponent("عسل")}` },
  ]
}
