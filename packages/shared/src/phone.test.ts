import { test } from "node:test"
import assert from "node:assert/strict"
import { formatMoroccanPhone, isMoroccanMobile, normalizeMoroccanPhone, parseMoroccanPhone } from "./phone"

test("reads the ways Moroccans write a mobile number", () => {
  for (const input of ["0612345678", "06 12 34 56 78", "+212 6 12 34 56 78", "00212612345678", "212612345678", "06-12-34-56-78"]) {
    assert.equal(normalizeMoroccanPhone(input), "+212612345678", input)
  }
  assert.equal(parseMoroccanPhone("0712345678")?.kind, "mobile")
})

test("reads Arabic-Indic digits, the (0) after +212, other separators and pasted invisible marks", () => {
  for (const input of [
    "٠٦١٢٣٤٥٦٧٨",
    "٠٦ ١٢ ٣٤ ٥٦ ٧٨",
    "۰۶۱۲۳۴۵۶۷۸",
    "+٢١٢ ٦ ١٢ ٣٤ ٥٦ ٧٨",
    "+212 (0) 6 12 34 56 78",
    "+212(0)612345678",
    "00212 (0)6 12 34 56 78",
    "212 0 612345678",
    "06\u00a012\u00a034\u00a056\u00a078",
    "06\u202f12\u202f34\u202f56\u202f78",
    "\u200e+212 6 12 34 56 78\u200f",
    "06–12–34–56–78",
    "06/12/34/56/78",
    "06.12.34.56.78",
    "(06) 12 34 56 78",
    "＋２１２ ６１２ ３４ ５６ ７８",
  ]) {
    assert.equal(normalizeMoroccanPhone(input), "+212612345678", JSON.stringify(input))
  }
  assert.deepEqual(parseMoroccanPhone("٠٥٣٥١٢٣٤٥٦"), { e164: "+212535123456", kind: "fixed" })
})

test("tells fixed lines from mobiles", () => {
  assert.deepEqual(parseMoroccanPhone("0535123456"), { e164: "+212535123456", kind: "fixed" })
  assert.equal(isMoroccanMobile("0535123456"), false)
  assert.equal(isMoroccanMobile("+212712345678"), true)
})

test("refuses what is not a Moroccan number", () => {
  for (const input of [
    "",
    "12345",
    "061234567",
    "06123456789",
    "+33612345678",
    "0812345678",
    "0412345678",
    "abc",
    "+212 6 12 34 56 7x",
    "+212 (0) 0 12 34 56 78",
    "+212 (0) 6 12 34 56 789",
    "٠٦١٢٣٤٥٦٧",
    "06 12 34 56 78 ext",
  ]) {
    assert.equal(normalizeMoroccanPhone(input), null, input)
  }
})

test("formats for display", () => {
  assert.equal(formatMoroccanPhone("+212612345678"), "+212 6 12 34 56 78")
})
