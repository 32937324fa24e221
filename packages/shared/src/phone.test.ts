import { test } from "node:test"
import assert from "node:assert/strict"
import { formatMoroccanPhone, isMoroccanMobile, normalizeMoroccanPhone, parseMoroccanPhone } from "./phone"

test("reads the ways Moroccans write a mobile number", () => {
  for (const input of ["0612345678", "06 12 34 56 78", "+212 6 12 34 56 78", "00212612345678", "212612345678", "06-12-34-56-78"]) {
    assert.equal(normalizeMoroccanPhone(input), "+212612345678", input)
  }
  assert.equal(parseMoroccanPhone("0712345678")?.kind, "mobile")
})

test("tells fixed lines from mobiles", () => {
  assert.deepEqual(parseMoroccanPhone("0535123456"), { e164: "+212535123456", kind: "fixed" })
  assert.equal(isMoroccanMobile("0535123456"), false)
  assert.equal(isMoroccanMobile("+212712345678"), true)
})

test("refuses what is not a Moroccan number", () => {
  for (const input of ["", "12345", "061234567", "06123456789", "+33612345678", "0812345678", "0412345678", "abc", "+212 6 12 34 56 7x"]) {
    assert.equal(normalizeMoroccanPhone(input), null, input)
  }
})

test("formats for display", () => {
  assert.equal(formatMoroccanPhone("+212612345678"), "+212 6 12 34 56 78")
})
