import assert from "node:assert/strict"
import { test } from "node:test"
import { documentCounts, documentExpired, vendorValidationMessage } from "./vendor-catalog"

test("a document counts while verified, through the whole day of valid_until", () => {
  const validUntil = "2026-12-26T00:00:00.000Z"
  assert.equal(documentCounts({ status: "verified", valid_until: validUntil }, new Date("2026-12-26T23:59:59Z")), true)
  assert.equal(documentCounts({ status: "verified", valid_until: validUntil }, new Date("2026-12-27T00:00:00Z")), false)
  assert.equal(documentExpired({ valid_until: validUntil }, new Date("2026-12-27T00:00:00Z")), true)
  assert.equal(documentCounts({ status: "pending", valid_until: validUntil }, new Date("2026-12-01T00:00:00Z")), false)
  assert.equal(documentCounts({ status: "refused", valid_until: validUntil }, new Date("2026-12-01T00:00:00Z")), false)
  assert.equal(documentCounts({ status: "verified", valid_until: null }, new Date("2026-12-01T00:00:00Z")), false)
  assert.equal(documentExpired({ valid_until: null }), false)
})

test("validation messages name the field in each language, ignoring list indexes", () => {
  assert.equal(vendorValidationMessage("required", "variants.1.price", "fr"), "Le champ « Prix » est obligatoire.")
  assert.equal(vendorValidationMessage("too_long", "cooperative.story", "en"), "Story is too long.")
  assert.match(vendorValidationMessage("invalid_phone", "member.phone", "ar"), /الهاتف/)
  assert.equal(vendorValidationMessage("invalid_value", "unknown_field", "en"), "unknown_field has an invalid value.")
})

test("a text in one language is labelled by its last two segments", () => {
  assert.equal(vendorValidationMessage("required", "program.2.title.fr", "en"), "Title in French is required.")
  assert.equal(vendorValidationMessage("required", "name.ar", "fr"), "Le champ « Nom en arabe » est obligatoire.")
  assert.equal(vendorValidationMessage("duplicate_value", "participants.1.stand_number", "en"), "Stand number is repeated.")
})
