import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { encodeForm, parseForm } from "./form"

describe("Stripe form encoding", () => {
  it("parses nested brackets, indexed and empty-bracket arrays", () => {
    const params = parseForm(
      "amount=10000&metadata%5Bsession_id%5D=ps_1&expand%5B0%5D=payment_method&expand%5B1%5D=customer&payment_method_types[]=card&payment_method_data[card][number]=4242424242424242"
    )
    assert.deepEqual(params, {
      amount: "10000",
      metadata: { session_id: "ps_1" },
      expand: ["payment_method", "customer"],
      payment_method_types: ["card"],
      payment_method_data: { card: { number: "4242424242424242" } },
    })
  })

  it("keeps an empty value, which Stripe uses to unset a field", () => {
    assert.deepEqual(parseForm("description=&metadata[a]="), { description: "", metadata: { a: "" } })
  })

  it("round-trips what encodeForm writes", () => {
    const value = { a: "1", b: { c: "x y", d: ["p", "q"] } }
    assert.deepEqual(parseForm(encodeForm(value)), value)
  })
})
