import { networkInterfaces } from "node:os"
import { expect, test } from "@playwright/test"
import { OrderLookupPage } from "./pages/checkout"

/**
 * This machine's first address other than loopback. The backend trusts the storefront because it
 * is on loopback; a visitor there is indistinguishable from a proxy, so this journey comes from
 * another interface, as a visitor from elsewhere does.
 */
function externalAddress(): string {
  for (const entries of Object.values(networkInterfaces())) {
    for (const entry of entries ?? []) {
      if (entry.family === "IPv4" && !entry.internal) {
        return entry.address
      }
    }
  }
  throw new Error("This journey needs a network interface other than loopback to reach the storefront from")
}

/** Guest lookups that find nothing: 20 per address in 15 minutes (backend/src/modules/rate-limit/limits.ts). */
const ADDRESS_LIMIT = 20

test("a visitor who writes a new X-Forwarded-For on every guest lookup is still counted by their own address", async ({ page }) => {
  const storefront = new URL(process.env.STOREFRONT_URL ?? "http://localhost:8000")
  storefront.hostname = externalAddress()
  const lookup = new OrderLookupPage(page)

  const notFound = "Aucune commande ne correspond"
  const tooMany = "Trop de tentatives"
  let refusedAt = 0
  for (let attempt = 1; attempt <= ADDRESS_LIMIT + 1 && !refusedAt; attempt++) {
    // A fresh address each time, and a reference nobody holds: only the per-address limit can stop it.
    await page.setExtraHTTPHeaders({ "x-forwarded-for": `203.0.113.${attempt}` })
    // A fresh page each time: the answer below is this attempt's.
    await page.goto(new URL("/fr/order/lookup", storefront).href)
    const reference = `TDM-${Date.now().toString(36).toUpperCase()}${attempt}`
    await lookup.lookUp(reference, "nobody@tadamon.test")
    await expect(lookup.message()).toContainText(new RegExp(`${notFound}|${tooMany}`))
    if ((await lookup.message().innerText()).includes(tooMany)) {
      refusedAt = attempt
    }
  }
  // Counters can outlive a run (Redis): the refusal may come sooner, never later.
  expect(refusedAt, "the per-address limit never refused the rotating visitor").toBeGreaterThan(0)
  expect(refusedAt).toBeLessThanOrEqual(ADDRESS_LIMIT + 1)
  await expect(lookup.message()).toHaveAttribute("data-status", "error")
})
