import { skuPrefix } from "../sku"

describe("the SKU prefix of a cooperative's product", () => {
  it("is the cooperative's handle in capitals, then six random unambiguous characters", () => {
    expect(skuPrefix("argan-taliouine")).toMatch(/^ARGAN-TALIOUINE-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/)
  })

  it("keeps only the first 20 characters of a long handle", () => {
    const prefix = skuPrefix("cooperative-feminine-argane-taliouine")
    expect(prefix).toMatch(/^COOPERATIVE-FEMININE-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/)
    expect(prefix).toHaveLength(27)
  })

  it("never doubles the dash when the handle is cut right after one", () => {
    // "cooperative-feminin-" is the first 20 characters of this handle.
    expect(skuPrefix("cooperative-feminin-argane")).toMatch(/^COOPERATIVE-FEMININ-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/)
  })

  it("differs between two products of the same cooperative", () => {
    expect(new Set(Array.from({ length: 20 }, () => skuPrefix("nahl"))).size).toBe(20)
  })
})
