import assert from "node:assert/strict"
import { test } from "node:test"
import { withPeerAddress } from "../forwarded-for.mjs"

test("the peer's address is appended to what the visitor sent, so the last entry is always the real peer", () => {
  assert.equal(withPeerAddress("203.0.113.7", "192.0.2.2"), "203.0.113.7, 192.0.2.2")
  assert.equal(withPeerAddress("203.0.113.7 ,198.51.100.1", "::ffff:192.0.2.2"), "203.0.113.7, 198.51.100.1, ::ffff:192.0.2.2")
  assert.equal(withPeerAddress(["203.0.113.7", "198.51.100.1"], "192.0.2.2"), "203.0.113.7, 198.51.100.1, 192.0.2.2")
})

test("without a header the peer alone is written; empty entries are dropped", () => {
  assert.equal(withPeerAddress(undefined, "192.0.2.2"), "192.0.2.2")
  assert.equal(withPeerAddress(" , ", "192.0.2.2"), "192.0.2.2")
  assert.equal(withPeerAddress(undefined, undefined), undefined)
})
