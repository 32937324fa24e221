import { MedusaError } from "@medusajs/framework/utils"
import { LocalizedFieldError } from "../../../utils/localized-field-error"
import { checkoutFailureOf } from "../checkout-failure"
import { MissingShippingMethodError } from "../split-cart"

const failed = (action: string, error: unknown, handlerType = "invoke") => ({ action, handlerType, error })

describe("checkoutFailureOf", () => {
  it("passes Tadamon's field problems on, whichever step threw them", () => {
    const missing = new MissingShippingMethodError(["تعاونية التين"])
    expect(checkoutFailureOf([failed("resolve-attribution", missing)])).toEqual({ kind: "field_problems", error: missing })
    const changed = new LocalizedFieldError(MedusaError.Types.CONFLICT, [{ field: "cart", code: "cart_changed" }])
    expect(checkoutFailureOf([failed("validate-cart-prices", changed)]).kind).toBe("field_problems")
    // The workflow engine may hand a step's error on as a plain object.
    const plain = { type: "invalid_data", problems: [{ field: "items.0.quantity", code: "invalid_quantity" }] }
    expect(checkoutFailureOf([failed("validate-cart-lines", plain)]).kind).toBe("field_problems")
  })

  it("knows Medusa's own steps by their id, whatever their message says", () => {
    const anyError = new Error("a message nobody reads")
    expect(checkoutFailureOf([failed("acquire-lock-step", anyError)])).toEqual({ kind: "busy" })
    expect(checkoutFailureOf([failed("validate-cart-payments", anyError)])).toEqual({ kind: "payment_required" })
    expect(checkoutFailureOf([failed("confirm-item-inventory-as-step", anyError)])).toEqual({ kind: "out_of_stock" })
    expect(checkoutFailureOf([failed("reserve-inventory-step", anyError)])).toEqual({ kind: "out_of_stock" })
  })

  it("reads a card that did not go through by Medusa's error type, and anything else the payment step throws as unexpected", () => {
    const declined = new MedusaError(MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, "declined")
    const moreNeeded = new MedusaError(MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR, "3-D Secure")
    const notAuthorized = new MedusaError(MedusaError.Types.NOT_ALLOWED, "Session: payses_1 was not authorized with the provider.")
    const outage = new Error("connect ECONNREFUSED")
    expect(checkoutFailureOf([failed("authorize-payment-session-step", notAuthorized)])).toEqual({
      kind: "payment_declined",
      type: "payment_authorization_error",
    })
    expect(checkoutFailureOf([failed("authorize-payment-session-step", declined)])).toEqual({
      kind: "payment_declined",
      type: "payment_authorization_error",
    })
    expect(checkoutFailureOf([failed("authorize-payment-session-step", moreNeeded)])).toEqual({
      kind: "payment_declined",
      type: "payment_requires_more_error",
    })
    expect(checkoutFailureOf([failed("authorize-payment-session-step", outage)])).toEqual({ kind: "unexpected", error: outage })
  })

  it("reads the step that failed going forward, not the compensations after it", () => {
    const stock = new MedusaError(MedusaError.Types.NOT_ALLOWED, "stock")
    const undo = new Error("could not release")
    expect(
      checkoutFailureOf([failed("create-orders", undo, "compensate"), failed("reserve-inventory-step", stock)])
    ).toEqual({ kind: "out_of_stock" })
  })

  it("answers any other failure as the server's own", () => {
    const error = new Error("database gone")
    expect(checkoutFailureOf([failed("create-orders", error)])).toEqual({ kind: "unexpected", error })
    expect(checkoutFailureOf([]).kind).toBe("unexpected")
  })
})
