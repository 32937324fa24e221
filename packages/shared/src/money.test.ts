import { test } from "node:test"
import assert from "node:assert/strict"
import { formatPrice } from "./money"

test("formats MAD per locale with Latin digits", () => {
  assert.match(formatPrice(120, "fr"), /^120,00\s?MAD$/)
  assert.match(formatPrice(1234.5, "en"), /^MAD\s1,234\.50$/)
  const ar = formatPrice(75, "ar")
  assert.match(ar, /75[.,]00/)
  assert.match(ar, /د\.م\./)
})
