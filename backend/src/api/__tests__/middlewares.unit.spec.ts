import type { MiddlewareRoute } from "@medusajs/framework/http"
import middlewares from "../middlewares"

/**
 * Medusa answers a route whatever the case of its path (`/store/CARTS/…`) and Express matches
 * string matchers the same way, but a regular expression only ignores case when it says so: a
 * case-sensitive one would let `/store/CARTS/…` skip its validation.
 */
describe("Tadamon's middlewares", () => {
  const routes: MiddlewareRoute[] = middlewares.routes ?? []

  it("are registered", () => {
    expect(routes.length).toBeGreaterThan(20)
  })

  it("match paths whatever their case: every regular-expression matcher has the i flag", () => {
    const caseSensitive = routes
      .map((route) => route.matcher)
      .filter((matcher): matcher is RegExp => matcher instanceof RegExp && !matcher.flags.includes("i"))
      .map(String)
    expect(caseSensitive).toEqual([])
    expect(routes.some((route) => route.matcher instanceof RegExp && route.matcher.test("/STORE/Carts/cart_01ABC"))).toBe(true)
  })
})
