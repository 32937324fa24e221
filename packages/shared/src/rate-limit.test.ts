import { test } from "node:test"
import assert from "node:assert/strict"
import { rateLimitedMessage } from "./rate-limit"

test("says when to try again, in each language's plural rules", () => {
  assert.equal(rateLimitedMessage("en", 900), "Too many attempts in a short time. Try again in 15 minutes.")
  assert.equal(rateLimitedMessage("fr", 61), "Trop de tentatives en peu de temps. Réessayez dans 2 minutes.")
  assert.equal(rateLimitedMessage("ar", 120), "محاولات كثيرة جدا في وقت قصير. أعد المحاولة خلال دقيقتين.")
})

test("counts seconds under a minute, never zero", () => {
  assert.equal(rateLimitedMessage("en", 40), "Too many attempts in a short time. Try again in 40 seconds.")
  assert.equal(rateLimitedMessage("en", 0), "Too many attempts in a short time. Try again in 1 second.")
})
