import assert from "node:assert/strict"
import { test } from "node:test"
import { normalizeRegistrationNumber } from "./cooperative"

test("registration numbers that differ only by letter case or spacing are the same number", () => {
  assert.equal(normalizeRegistrationNumber(" odco 12/345 "), "ODCO12/345")
  assert.equal(normalizeRegistrationNumber("ODCO\u00a012/345"), "ODCO12/345")
  assert.equal(normalizeRegistrationNumber("ODCO\t12 / 345"), "ODCO12/345")
  assert.equal(normalizeRegistrationNumber("ＯＤＣＯ１２/345"), "ODCO12/345")
  assert.notEqual(normalizeRegistrationNumber("ODCO-12-345"), normalizeRegistrationNumber("ODCO12345"))
})
