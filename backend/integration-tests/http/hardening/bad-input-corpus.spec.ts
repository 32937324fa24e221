import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { StoreFixture } from "../../fixtures/catalog"
import type { Shop } from "../../fixtures/checkout"
import { routesUnderTest, type ApiRoute } from "./api-routes"
import { createRecords, databaseFingerprint, fieldsOf, sender, type Answer, type Headers, type Knex } from "./bad-input"

// Every route with bad paths, queries and bodies. The cases the issue reported are in
// bad-input.spec.ts and bad-input-case.spec.ts: each file starts its own application, so jest
// runs them on separate workers (this one, a few hundred requests, is the longest).

jest.setTimeout(240 * 1000)

/** Requests in flight at once: enough to be quick, few enough for two shared cores. */
const POOL = 6

/**
 * What a bad request must get: `field_error`, a 400 naming a field; `{ refused }`, a 400 naming that
 * field; `{ answeredAs }`, the status the same route answers to the request at `like` (the
 * parameter without the extreme value, or without the parameter), not a refusal of `field`;
 * `{ refusedOrAnsweredAs }`, either.
 */
type Like = { field: string; like: string }
type Expected = "field_error" | { refused: string } | { answeredAs: Like } | { refusedOrAnsweredAs: Like }
type Sent = { method: string; url: string; body?: string; headers: Headers; expect: Expected }

/** The request an answer is compared with, for the expectations that have one. */
const likeOf = (expect: Expected): Like | null =>
  typeof expect !== "object" ? null : "answeredAs" in expect ? expect.answeredAs : "refusedOrAnsweredAs" in expect ? expect.refusedOrAnsweredAs : null

/** A 400 that names `field`: among its errors (Tadamon's validators) or quoted in its message (Medusa's: `Field 'from' …`, `Unrecognized fields: 'from'`). */
function namesField({ status, data }: Answer, field: string): boolean {
  const message = (data as { message?: unknown } | null)?.message
  return status === 400 && (fieldsOf(data).some((error) => error.startsWith(`${field}:`)) || (typeof message === "string" && message.includes(`'${field}'`)))
}

/** The date parameters every GET route is sent, each at both ends of the calendar. */
const DATE_PARAMETERS = ["from", "to", "created_at", "updated_at", "deleted_at"] as const
type DateParameter = (typeof DATE_PARAMETERS)[number]

/**
 * The GET routes that take a date filter, found in their validators, and what each makes of a day
 * far out of range (`0000-01-01`, `9999-12-31`):
 * - `from`/`to` of Tadamon's periods (api/utils/period.ts `dateParam`, the reports' `day`) are days
 *   from 2000-01-01 to 2099-12-31: both ends are refused, naming the field.
 * - Medusa's `created_at`/`updated_at`/`deleted_at` (`createOperatorMap`: any text, compared by
 *   PostgreSQL; the retrieve routes of products and product types take the list's filters): the
 *   input guard refuses a date PostgreSQL cannot store, year 0 among them, naming the field;
 *   9999-12-31 it stores, so `[$lte]=9999-12-31` is answered as `[$lte]=2099-12-31` is.
 * Every other GET route takes none of these: its validator refuses the unknown parameter, naming
 * it, or the route ignores it and answers as without it (the input guard refuses year 0 in any
 * `*_at` parameter on every route, naming it).
 */
const PERIOD = { from: "refused", to: "refused" } as const
const MEDUSA_DATES = { created_at: "stored", updated_at: "stored", deleted_at: "stored" } as const
const DATE_FILTERS: Record<string, Partial<Record<DateParameter, "refused" | "stored">>> = {
  "/admin/reports/sales": PERIOD,
  "/admin/reports/sales/export.csv": PERIOD,
  "/admin/settlement/cooperatives/:id/statement": PERIOD,
  "/vendor/earnings": PERIOD,
  "/vendor/earnings/export.csv": PERIOD,
  "/vendor/earnings/series": PERIOD,
  "/store/products": MEDUSA_DATES,
  "/store/products/:id": MEDUSA_DATES,
  "/store/product-categories": MEDUSA_DATES,
  "/store/product-options": MEDUSA_DATES,
  "/store/product-tags": MEDUSA_DATES,
  "/store/product-types": MEDUSA_DATES,
  "/store/product-types/:id": MEDUSA_DATES,
  "/store/product-variants": MEDUSA_DATES,
  // StoreGetCollectionsParams has no deleted_at.
  "/store/collections": { created_at: "stored", updated_at: "stored" },
}

/** `from=0000-01-01`, or Medusa's operator form for `*_at` (`created_at[$gte]=0000-01-01`). */
const dateQuery = (parameter: DateParameter, end: "first" | "last", day = end === "first" ? "0000-01-01" : "9999-12-31") =>
  parameter.endsWith("_at") ? `${parameter}[${end === "first" ? "$gte" : "$lte"}]=${day}` : `${parameter}=${day}`
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreFixture
    let shop: Shop
    let productId: string
    let cartId: string
    let customer: Headers
    let member: Headers
    let organizer: Headers
    let edition: { id: string; handle: string }

    const send = sender(api)

    async function sendAll<Request extends Omit<Sent, "expect">>(requests: Request[]): Promise<Array<Request & Answer>> {
      const answers: Array<Request & Answer> = []
      let next = 0
      const worker = async () => {
        while (next < requests.length) {
          const request = requests[next++]
          answers.push({ ...request, ...(await send(request)) })
        }
      }
      await Promise.all(Array.from({ length: POOL }, worker))
      return answers
    }

    const knex = (): Knex => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)

    // One set of records for every test: the runner snapshots the database after beforeAll and restores it before each test.
    beforeAll(async () => {
      ;({ store, shop, productId, cartId, customer, member, organizer, edition } = await createRecords(getContainer(), api))
    })

    describe("the corpus: every route of /store, /vendor and Tadamon's /admin with bad paths, queries and bodies", () => {
      /** A value for a path parameter that names a real record where the fixtures have one, so requests reach deep. */
      function paramValue(matcher: string, param: string): string {
        const known: Array<[string, string, string]> = [
          ["/store/carts/", "id", cartId],
          ["/store/products/", "id", productId],
          ["/store/cooperatives/", "handle", shop.cooperative.handle],
          ["/store/regions/", "id", store.regionId],
          ["/store/editions/", "handle", edition.handle],
          ["/vendor/products/", "id", productId],
          ["/vendor/products/", "variant_id", shop.variants["miel-thym"]],
          ["/admin/cooperatives/", "id", shop.cooperative.id],
          ["/admin/editions/", "id", edition.id],
          ["/admin/settlement/cooperatives/", "id", shop.cooperative.id],
        ]
        return known.find(([prefix, name]) => matcher.startsWith(prefix) && name === param)?.[2] ?? "missing_01"
      }

      /** Signed in as whoever the route is for, so that a refusal is not merely the sign-in's. */
      function headersFor(route: ApiRoute): Headers {
        if (route.matcher.startsWith("/vendor")) {
          return member
        }
        return route.matcher.startsWith("/admin") ? organizer : customer
      }

      const pathWith = (route: ApiRoute, value: (param: string) => string) =>
        route.params.reduce((path, param) => path.replace(`:${param}`, value(param)), route.matcher)

      const pathOf = (route: ApiRoute) => pathWith(route, (param) => paramValue(route.matcher, param))

      /** What a GET route's date parameter must get at each end of the calendar (see `DATE_FILTERS`). */
      function dateExpectation(route: ApiRoute, parameter: DateParameter, end: "first" | "last"): Expected {
        const filter = DATE_FILTERS[route.matcher]?.[parameter]
        if (filter === "refused" || (filter === "stored" && end === "first")) {
          return { refused: parameter }
        }
        if (filter === "stored") {
          return { answeredAs: { field: parameter, like: `${pathOf(route)}?${dateQuery(parameter, end, "2099-12-31")}` } }
        }
        return { refusedOrAnsweredAs: { field: parameter, like: pathOf(route) } }
      }

      /**
       * The bad requests for one route, each with one value no route can take (a 400 naming the
       * field), and for a GET route each date parameter at both ends of the calendar.
       */
      function corpus(route: ApiRoute): Sent[] {
        const headers = headersFor(route)
        const path = pathOf(route)
        const request = (url: string, body?: string, expect: Expected = "field_error"): Sent => ({ method: route.method, url, body, headers, expect })
        const requests: Sent[] = []
        if (route.params.length) {
          requests.push(request(pathWith(route, () => "a%00b")), request(pathWith(route, () => "%ZZ")))
        }
        for (const query of ["locale[]=a&locale[]=b", "locale[x]=1", "q=a%00b", "q=%ZZ&fields=%C0%AF", "a.b.c=1"]) {
          requests.push(request(`${path}?${query}`))
        }
        if (route.method === "GET") {
          for (const parameter of DATE_PARAMETERS) {
            for (const end of ["first", "last"] as const) {
              requests.push(request(`${path}?${dateQuery(parameter, end)}`, undefined, dateExpectation(route, parameter, end)))
            }
          }
        }
        // Every method but GET may carry a body: Medusa's parsers read it for DELETE too
        // (`DELETE /store/carts/:id/promotions` takes `promo_codes`).
        if (route.method !== "GET") {
          requests.push(
            request(path, JSON.stringify({ name: "a\u0000b", title: "a\u0000b", first_name: "a\u0000b", ["key\u0000"]: "value" })),
            request(path, JSON.stringify({ metadata: { note: "\ud800x" }, translations: { fr: { title: "x\udc00" } } })),
            request(path, '{"first_name": "unfinished'),
            request(path, `{"metadata":${'{"a":'.repeat(3000)}1${"}".repeat(3000)}}`)
          )
        }
        return requests
      }

      it("answers each with a 4xx (a 400 naming the field for unreadable input and out-of-range dates), never a 5xx or silence, and writes nothing", async () => {
        const routes = routesUnderTest()
        expect(routes.length).toBeGreaterThan(100)
        expect(routes).toEqual(
          expect.arrayContaining([
            { method: "POST", matcher: "/store/carts/:id", params: ["id"] },
            { method: "GET", matcher: "/store/products/:id", params: ["id"] },
            { method: "GET", matcher: "/vendor/orders/:id", params: ["id"] },
            { method: "GET", matcher: "/admin/reports/sales", params: [] },
            { method: "DELETE", matcher: "/store/carts/:id/promotions", params: ["id"] },
            { method: "DELETE", matcher: "/vendor/products/:id", params: ["id"] },
          ])
        )
        // No route exports PUT or PATCH today; one that does gets the bodies above like any other.
        expect(routes.filter((route) => route.method === "PUT" || route.method === "PATCH")).toEqual([])
        const gets = routes.filter((route) => route.method === "GET")
        expect(gets.map((route) => route.matcher)).toEqual(expect.arrayContaining(Object.keys(DATE_FILTERS)))
        const before = await databaseFingerprint(knex())

        const requests = routes.flatMap(corpus)
        // What the routes answer to the requests the extreme dates are compared with.
        const likes = new Map<string, Omit<Sent, "expect">>()
        for (const { headers, expect } of requests) {
          const url = likeOf(expect)?.like
          if (url) {
            likes.set(url, { method: "GET", url, headers })
          }
        }
        const statusOf = new Map((await sendAll([...likes.values()])).map((answer) => [answer.url, answer.status]))
        const answers = await sendAll(requests)

        const right = (answer: Sent & Answer): boolean => {
          const { status, data, expect } = answer
          if (status === "timeout" || status >= 500) {
            return false
          }
          if (expect === "field_error") {
            return status === 400 && fieldsOf(data).length > 0
          }
          if ("refused" in expect) {
            return namesField(answer, expect.refused)
          }
          const { field, like } = likeOf(expect) as Like
          const answeredAs = status === statusOf.get(like) && !namesField(answer, field)
          return "answeredAs" in expect ? answeredAs : answeredAs || namesField(answer, field)
        }
        const wrong = answers
          .filter((answer) => !right(answer))
          .map(({ method, url, body, status, data, expect }) => `${method} ${url} ${body?.slice(0, 60) ?? ""} → ${status} ${JSON.stringify(data)?.slice(0, 160)} (wanted ${JSON.stringify(expect)}${likeOf(expect) ? `, answered ${statusOf.get(likeOf(expect)?.like ?? "")} there` : ""})`)
        expect(wrong).toEqual([])
        expect(answers).toHaveLength(requests.length)
        expect(await databaseFingerprint(knex())).toEqual(before)
      })
    })
  },
})
