import { ApiLoader, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { bodyProblems, inputProblems, installInputGuard, MAX_BODY_DEPTH, pathProblems, queryProblems } from "../input-guard"

const codes = (problems: Array<{ field: string; code: string }>) => problems.map((problem) => `${problem.field}:${problem.code}`)

describe("the input guard", () => {
  it("refuses paths that do not decode or decode to a NUL", () => {
    expect(codes(pathProblems("/store/products/prod_01"))).toEqual([])
    expect(codes(pathProblems("/store/products/miel%20de%20thym"))).toEqual([])
    expect(codes(pathProblems("/store/products/%D8%B9%D8%B3%D9%84"))).toEqual([])
    for (const path of ["/store/products/%ZZ", "/vendor/orders/%", "/store/x/%ED%A0%80", "/store/x/%E0%A4%A"]) {
      expect(codes(pathProblems(path))).toEqual(["path:malformed_encoding"])
    }
    expect(codes(pathProblems("/vendor/orders/%00"))).toEqual(["path:invalid_characters"])
  })

  it("refuses query values that do not decode, hold a NUL, nest filters too deep, or give the locale other than once", () => {
    expect(codes(queryProblems("q=miel&fields=%2Bcooperative.*&limit=10&locale=fr", { locale: "fr" }))).toEqual([])
    expect(codes(queryProblems("q=a%00b", { q: "a\u0000b" }))).toEqual(["q:invalid_characters"])
    expect(codes(queryProblems("a%00=1", {}))).toEqual(["query:invalid_characters"])
    expect(codes(queryProblems("q=%ZZ", { q: "%ZZ" }))).toEqual(["q:malformed_encoding"])
    expect(codes(queryProblems("created_at.gte.x=1", {}))).toEqual(["created_at.gte.x:invalid_value"])
    expect(codes(queryProblems("created_at.gte=2026-01-01", {}))).toEqual([])
    expect(codes(queryProblems("locale[]=a&locale[]=b", { locale: ["a", "b"] }))).toEqual(["locale:single_value"])
    expect(codes(queryProblems("locale[x]=1", { locale: { x: "1" } }))).toEqual(["locale:single_value"])
  })

  it("names every unreadable string and key of a body by its path, in the body's order", () => {
    const body = {
      email: "fatima@example.ma",
      shipping_address: { first_name: "a\u0000b", last_name: "Alaoui", metadata: { note: "\ud800x", ok: "😀" } },
      items: [{ quantity: 1 }, { title: "x\udc00" }],
      ["key\u0000"]: 1,
    }
    expect(codes(bodyProblems(body))).toEqual([
      "shipping_address.first_name:invalid_characters",
      "shipping_address.metadata.note:invalid_characters",
      "items.1.title:invalid_characters",
      "key\uFFFD:invalid_characters",
    ])
    expect(codes(bodyProblems("plain\u0000text"))).toEqual(["body:invalid_characters"])
    expect(codes(bodyProblems({ text: "تعاونية 🍯 «miel»", n: 1, none: null }))).toEqual([])
  })

  it("refuses bodies nested deeper than it allows, without exhausting the stack itself", () => {
    const nested = (depth: number): unknown => (depth ? { a: nested(depth - 1) } : 1)
    expect(codes(bodyProblems({ metadata: nested(MAX_BODY_DEPTH - 1) }))).toEqual([])
    expect(codes(bodyProblems({ metadata: nested(MAX_BODY_DEPTH + 1) }))).toEqual(["metadata:too_deep"])
    expect(codes(bodyProblems(JSON.parse(`${"[".repeat(20000)}${"]".repeat(20000)}`)))).toEqual(["body:too_deep"])
  })

  it("reports each field once", () => {
    const req = { originalUrl: "/store/carts/%00?q=%00&q=%00", query: { q: ["\u0000", "\u0000"] }, body: { a: "\u0000" } } as unknown as MedusaRequest
    expect(codes(inputProblems(req))).toEqual(["path:invalid_characters", "q:invalid_characters", "a:invalid_characters"])
  })

  it("runs right after Medusa's last body parser, through the API loader's middleware hook, once", () => {
    const previous = ApiLoader.traceMiddleware
    try {
      const installed = () => ApiLoader.traceMiddleware
      ApiLoader.traceMiddleware = undefined
      installInputGuard()
      const hook = installed()
      installInputGuard()
      expect(installed()).toBe(hook)

      const other = function jsonBodyParser() {}
      expect(hook?.(other, { route: "/" })).toBe(other)

      const parser = function urlencodedBodyParser(_req: unknown, _res: unknown, next: (error?: unknown) => void) {
        next()
      }
      const guarded = hook?.(parser, { route: "/" }) as (req: MedusaRequest, res: MedusaResponse, next: (error?: unknown) => void) => void
      const res = {} as MedusaResponse
      const refused = jest.fn()
      guarded({ originalUrl: "/store/products/%ZZ", query: {}, body: {} } as unknown as MedusaRequest, res, refused)
      expect(refused).toHaveBeenCalledWith(expect.objectContaining({ type: "invalid_data", problems: [{ field: "path", code: "malformed_encoding" }] }))
      const passed = jest.fn()
      guarded({ originalUrl: "/store/products?q=miel", query: { q: "miel" }, body: {} } as unknown as MedusaRequest, res, passed)
      expect(passed).toHaveBeenCalledWith()
    } finally {
      ApiLoader.traceMiddleware = previous
    }
  })
})
