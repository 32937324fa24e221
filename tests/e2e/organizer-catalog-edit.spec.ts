import { expect, test, type APIRequestContext } from "@playwright/test"

const backendUrl = process.env.BACKEND_URL ?? "http://localhost:9000"
const email = process.env.ORGANIZER_EMAIL ?? ""
const password = process.env.ORGANIZER_PASSWORD ?? ""

async function adminToken(request: APIRequestContext): Promise<string> {
  const response = await request.post(`${backendUrl}/auth/user/emailpass`, { data: { email, password } })
  expect(response.ok()).toBe(true)
  return ((await response.json()) as { token: string }).token
}

test("an organizer signs in to the Admin at /app", async ({ page }) => {
  await page.goto(`${backendUrl}/app/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.getByRole("button", { name: /continue/i }).click()
  await expect(page).toHaveURL(/\/app\/(orders|products)/)
  await page.goto(`${backendUrl}/app/products`)
  await expect(page.getByRole("heading", { name: /products/i }).first()).toBeVisible()
})

test("an organizer's product edit reaches the storefront at once, not after the cache expires", async ({ page, request }) => {
  const token = await adminToken(request)
  const headers = { authorization: `Bearer ${token}` }
  // A product the store sells, in a category the other journeys leave alone.
  const storeHeaders = { "x-publishable-api-key": process.env.PUBLISHABLE_KEY ?? "" }
  const herbs = await request.get(`${backendUrl}/store/product-categories?handle=herbs&fields=id`, { headers: storeHeaders })
  const herbsId = ((await herbs.json()) as { product_categories: { id: string }[] }).product_categories[0].id
  const { products } = (await (
    await request.get(`${backendUrl}/store/products?category_id[]=${herbsId}&limit=1&order=handle&fields=id,handle,title`, {
      headers: storeHeaders,
    })
  ).json()) as { products: { id: string; handle: string; title: string }[] }
  const [product] = products

  await page.goto(`/ar/products/${product.handle}`)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(product.title)

  const edited = `${product.title} — طبعة السوق`
  const update = await request.post(`${backendUrl}/admin/products/${product.id}`, { headers, data: { title: edited } })
  expect(update.ok()).toBe(true)
  try {
    await expect(async () => {
      await page.reload()
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(edited, { timeout: 1000 })
    }).toPass({ timeout: 20_000 })
  } finally {
    await request.post(`${backendUrl}/admin/products/${product.id}`, { headers, data: { title: product.title } })
  }
})
