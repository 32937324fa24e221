import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateJwtToken, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { validationMessage, vendorValidationMessage, type StoreValidationErrorResponse } from "@tadamon/shared"
import { createOrganizer } from "../../fixtures/admin"
import { createStoreFixture, type StoreFixture } from "../../fixtures/catalog"
import { createCart, createShop, TAOUNATE_ADDRESS, type Shop } from "../../fixtures/checkout"
import { PDF } from "../../fixtures/cooperative-portal"
import { createEdition, dayFromToday, editionInput } from "../../fixtures/market"
import { createMember } from "../../fixtures/member"
import { routesUnderTest, type ApiRoute } from "./api-routes"

jest.setTimeout(240 * 1000)

/** A request that has not answered after this long is held: the test fails on it instead of waiting. */
const CLIENT_TIMEOUT_MS = 8000
/** Requests in flight at once: enough to be quick, few enough for two shared cores. */
const POOL = 6

type Headers = Record<string, string>
/**
 * What a bad request must get: `field_error`, a 400 naming a field; `{ refused }`, a 400 naming that
 * field; `{ answeredAs }`, the status the same route answers to the request at `like` (the
 * parameter without the extreme value, or without the parameter), not a refusal of `field`;
 * `{ refusedOrAnsweredAs }`, either.
 */
type Like = { field: string; like: string }
type Expected = "field_error" | { refused: string } | { answeredAs: Like } | { refusedOrAnsweredAs: Like }
type Sent = { method: string; url: string; body?: string; headers: Headers; expect: Expected }

type Answer = { status: number | "timeout"; data: unknown }
type Knex = { raw: (sql: string) => Promise<{ rows: Array<Record<string, unknown>> }> }

/** The request an answer is compared with, for the expectations that have one. */
const likeOf = (expect: Expected): Like | null =>
  typeof expect !== "object" ? null : "answeredAs" in expect ? expect.answeredAs : "refusedOrAnsweredAs" in expect ? expect.refusedOrAnsweredAs : null

/**
 * Every table's row count and latest `updated_at`: equal before and after means nothing was
 * created, changed or (soft-)deleted.
 */
async function databaseFingerprint(knex: Knex): Promise<Record<string, string>> {
  const { rows: tables } = (await knex.raw(
    `select t.table_name, bool_or(c.column_name = 'updated_at') as has_updated_at
       from information_schema.tables t join information_schema.columns c using (table_schema, table_name)
      where t.table_schema = current_schema() and t.table_type = 'BASE TABLE'
      group by t.table_name order by t.table_name`
  )) as { rows: Array<{ table_name: string; has_updated_at: boolean }> }
  const selects = tables.map(
    ({ table_name, has_updated_at }) =>
      `select '${table_name}' as name, count(*)::text || '/' || ${has_updated_at ? "coalesce(max(updated_at)::text, '')" : "''"} as print from "${table_name}"`
  )
  const { rows } = await knex.raw(selects.join(" union all "))
  return Object.fromEntries(rows.map((row) => [row.name as string, row.print as string]))
}

/**
 * A customer's bearer token, made as the member and organizer fixtures make theirs: signing up
 * through the auth routes would count against their rate limits, shared by every test here.
 */
async function customerToken(container: MedusaContainer, email: string): Promise<string> {
  const [customer] = await container.resolve(Modules.CUSTOMER).createCustomers([{ email, first_name: "Amina", has_account: true }])
  const identity = await container.resolve(Modules.AUTH).createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
    app_metadata: { customer_id: customer.id },
  })
  const { projectConfig } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  return generateJwtToken(
    { actor_id: customer.id, actor_type: "customer", auth_identity_id: identity.id, app_metadata: { customer_id: customer.id } },
    { secret: projectConfig.http.jwtSecret, expiresIn: "1d" }
  )
}

/**
 * The bearer token of an identity still registering (no member yet: applying, accepting an
 * invitation, uploading its documents), made as `customerToken` makes its own.
 */
async function registeringToken(container: MedusaContainer, email: string): Promise<string> {
  const identity = await container.resolve(Modules.AUTH).createAuthIdentities({ provider_identities: [{ provider: "emailpass", entity_id: email }] })
  const { projectConfig } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  return generateJwtToken(
    { actor_id: "", actor_type: "member", auth_identity_id: identity.id, app_metadata: {} },
    { secret: projectConfig.http.jwtSecret, expiresIn: "1h" }
  )
}

const fieldsOf = (data: unknown) => ((data as StoreValidationErrorResponse | null)?.errors ?? []).map((error) => `${error.field}:${error.code}`)

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

    async function send({ method, url, body, headers }: Omit<Sent, "expect">): Promise<Answer> {
      try {
        const response = await api.request({
          method,
          url,
          data: body,
          headers: body === undefined ? headers : { ...headers, "content-type": "application/json" },
          // The body goes as written (axios would re-encode a string that is not JSON).
          transformRequest: [(data: unknown) => data],
          timeout: CLIENT_TIMEOUT_MS,
          validateStatus: () => true,
        })
        return { status: response.status, data: response.data }
      } catch (error) {
        if ((error as { code?: string }).code === "ECONNABORTED") {
          return { status: "timeout", data: null }
        }
        throw error
      }
    }

    const json = (method: string, url: string, body: unknown, headers: Headers) => send({ method, url, body: JSON.stringify(body), headers })

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

    const storeHeaders = (extra: Headers = {}) => ({ ...store.storeHeaders.headers, ...extra })
    const knex = (): Knex => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)

    // One set of records for every test: the runner snapshots the database after beforeAll and restores it before each test.
    beforeAll(async () => {
      const container = getContainer()
      store = await createStoreFixture(container)
      shop = await createShop(container, store, { handle: "nahl-taounate" }, [{ handle: "miel-thym", price: 150, stock: 20 }])
      const {
        data: [variant],
      } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product_variant",
        fields: ["product_id"],
        filters: { id: shop.variants["miel-thym"] },
      })
      productId = variant.product_id as string
      cartId = await createCart(api, store, [{ variant_id: shop.variants["miel-thym"], quantity: 1 }])
      customer = storeHeaders({ authorization: `Bearer ${await customerToken(container, "amina@example.ma")}` })
      member = (await createMember(container, shop.cooperative.id)).headers.headers
      organizer = (await createOrganizer(container)).adminHeaders.headers
      edition = await createEdition(container)
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

    describe("what the issue found", () => {
      it("refuses a NUL or half a surrogate pair in a write with a 400 naming the field, in the reader's language, and writes nothing", async () => {
        const before = await databaseFingerprint(knex())
        const address = { ...TAOUNATE_ADDRESS, first_name: "a\u0000b" }

        const arabic = await json("POST", `/store/carts/${cartId}`, { shipping_address: address }, store.storeHeaders.headers)
        const french = await json("POST", `/store/carts/${cartId}?locale=fr`, { shipping_address: address }, store.storeHeaders.headers)
        const english = await json("POST", `/store/carts/${cartId}`, { shipping_address: address }, storeHeaders({ "x-medusa-locale": "en" }))
        for (const [answer, locale] of [[arabic, "ar"], [french, "fr"], [english, "en"]] as const) {
          expect(answer.status).toBe(400)
          expect(answer.data).toEqual({
            type: "invalid_data",
            message: validationMessage("invalid_characters", "shipping_address.first_name", locale),
            errors: [
              {
                field: "shipping_address.first_name",
                code: "invalid_characters",
                message: validationMessage("invalid_characters", "shipping_address.first_name", locale),
              },
            ],
          })
        }
        expect((arabic.data as { message: string }).message).toBe(
          "«الاسم الشخصي» يحتوي على حرف لا يمكن قراءته ولا حفظه (حرف فارغ أو حرف يونيكود ناقص): احذفه."
        )

        const writes: Array<[string, string, unknown, Headers, string]> = [
          ["POST", `/store/carts/${cartId}/line-items`, { variant_id: shop.variants["miel-thym"], quantity: 1, metadata: { note: "\ud800x" } }, customer, "metadata.note"],
          ["POST", "/store/carts", { region_id: store.regionId, email: "a\u0000@example.ma" }, store.storeHeaders.headers, "email"],
          ["POST", "/store/customers/me/addresses", { ...TAOUNATE_ADDRESS, address_1: "12 زنقة\u0000" }, customer, "address_1"],
          ["POST", "/store/customers/me", { metadata: { "\ud83d": "x" } }, customer, "metadata.\uFFFD"],
          [
            "POST",
            "/vendor/products",
            { title: "Miel\u0000", option_title: "Poids", variants: [{ option_value: "500 g", price: 150 }] },
            member,
            "title",
          ],
          ["POST", `/vendor/products/${productId}`, { translations: { fr: { title: "Miel \udc00" } } }, member, "translations.fr.title"],
          ["POST", "/vendor/documents", { type: "other", label_name: "x\u0000", file_url: "https://example.ma/x.pdf" }, member, "label_name"],
          ["POST", "/admin/editions", editionInput({ name: { ar: "سوق", fr: "Marché \ud800", en: "Market" } }), organizer, "name.fr"],
          ["POST", `/admin/editions/${edition.id}`, { venue: { ar: "x", fr: "x\u0000", en: "x" } }, organizer, "venue.fr"],
          ["POST", "/admin/settlement/commission", { overrides: [{ cooperative_id: `${shop.cooperative.id}\u0000`, rate: 5 }] }, organizer, "overrides.0.cooperative_id"],
          [
            "POST",
            "/admin/settlement/payouts",
            { cooperative_id: shop.cooperative.id, amount: 10, paid_at: dayFromToday(0), method: "cash", reference: "R\u0000" },
            organizer,
            "reference",
          ],
        ]
        for (const [method, url, body, headers, field] of writes) {
          const answer = await json(method, url, body, headers)
          expect({ url, status: answer.status, errors: fieldsOf(answer.data) }).toEqual({ url, status: 400, errors: [`${field}:invalid_characters`] })
        }
        expect(await databaseFingerprint(knex())).toEqual(before)
      })

      it("refuses %00 and broken percent-encoding in a path or query, a locale given as a list, and a body that is not JSON with a 400 at once", async () => {
        const cases: Array<[string, Headers, string]> = [
          ["/vendor/orders/%00", member, "path:invalid_characters"],
          ["/store/order-groups/%ZZ", store.storeHeaders.headers, "path:malformed_encoding"],
          ["/store/products/%ZZ", store.storeHeaders.headers, "path:malformed_encoding"],
          ["/store/products/%E0%A4%A", store.storeHeaders.headers, "path:malformed_encoding"],
          ["/store/products?q=honey%00", store.storeHeaders.headers, "q:invalid_characters"],
          ["/admin/cooperatives?q=%ZZ", organizer, "q:malformed_encoding"],
          ["/store/products?a.b.c=1", store.storeHeaders.headers, "a.b.c:invalid_value"],
        ]
        for (const [url, headers, error] of cases) {
          const answer = await send({ method: "GET", url, headers })
          expect({ url, status: answer.status, errors: fieldsOf(answer.data) }).toEqual({ url, status: 400, errors: [error] })
        }
        const french = await send({ method: "GET", url: "/store/products/%ZZ?locale=fr", headers: store.storeHeaders.headers })
        expect((french.data as { message: string }).message).toBe(validationMessage("malformed_encoding", "path", "fr"))

        // Medusa's locale middleware throws on these and never answers: the guard answers first.
        const paths = ["/store/regions", "/store/products", "/store/cooperatives", `/store/carts/${cartId}/cooperative-shipping`]
        for (const path of paths) {
          for (const query of ["locale[]=a&locale[]=b", "locale[x]=1", "locale=fr&locale=en"]) {
            const answer = await send({ method: "GET", url: `${path}?${query}`, headers: store.storeHeaders.headers })
            expect({ path, query, status: answer.status, errors: fieldsOf(answer.data) }).toEqual({ path, query, status: 400, errors: ["locale:single_value"] })
          }
        }
        // A locale given once still reaches Medusa's locale middleware and the routes.
        const regions = await send({ method: "GET", url: "/store/regions?locale=fr", headers: store.storeHeaders.headers })
        expect(regions.status).toBe(200)

        const notJson = await send({ method: "POST", url: `/store/carts/${cartId}?locale=en`, body: '{"email": ', headers: store.storeHeaders.headers })
        expect(notJson.status).toBe(400)
        expect(notJson.data).toMatchObject({ errors: [{ field: "body", code: "malformed_json", message: "Request body is not valid JSON." }] })
      })

      it("refuses extreme dates in report and earnings filters with a 400 naming the field", async () => {
        const organizerCases = [
          "/admin/reports/sales?from=0000-01-01&to=0000-01-31",
          "/admin/reports/sales?from=9999-12-01&to=9999-12-31",
          "/admin/reports/sales/export.csv?to=9999-12-31",
          `/admin/settlement/cooperatives/${shop.cooperative.id}/statement?from=0000-01-01`,
        ]
        for (const url of organizerCases) {
          const answer = await send({ method: "GET", url, headers: organizer })
          expect({ url, status: answer.status }).toEqual({ url, status: 400 })
          expect((answer.data as { message: string }).message).toMatch(/'(from|to)'/)
        }
        for (const path of ["/vendor/earnings", "/vendor/earnings/export.csv", "/vendor/earnings/series"]) {
          const answer = await send({ method: "GET", url: `${path}?from=0000-01-01&to=9999-12-31&locale=fr`, headers: member })
          expect({ path, status: answer.status, errors: fieldsOf(answer.data) }).toEqual({ path, status: 400, errors: ["from:too_small", "to:too_large"] })
          expect((answer.data as { message: string }).message).toContain(vendorValidationMessage("too_small", "from", "fr"))
        }
        const inRange = await send({ method: "GET", url: `/vendor/earnings?from=${dayFromToday(-30)}&to=${dayFromToday(0)}`, headers: member })
        expect(inRange.status).toBe(200)
      })

      it("refuses a date filter PostgreSQL cannot read, at any depth of the query, with a 400 naming it; dates it can still filter", async () => {
        const cases: Array<[string, string]> = [
          ["/store/products?created_at=abc", "created_at:invalid_value"],
          ["/store/products?created_at=", "created_at:invalid_value"],
          ["/store/product-tags?updated_at[$like]=2026-01-01", "updated_at:invalid_value"],
          ["/store/collections?created_at[$gte]=0000-01-01", "created_at:value_out_of_range"],
          ["/store/product-categories?created_at[$in][]=2026-02-30", "created_at:value_out_of_range"],
          ["/store/product-variants?updated_at[$lt]=2026-01-01T25:00:00Z", "updated_at:value_out_of_range"],
          ["/store/products?variants[created_at][$lt]=20000-01-01", "variants.created_at:invalid_value"],
          ["/store/products?$or[0][deleted_at][$gte]=0000-01-01", "$or.0.deleted_at:value_out_of_range"],
        ]
        for (const [url, error] of cases) {
          const answer = await send({ method: "GET", url, headers: store.storeHeaders.headers })
          expect({ url, status: answer.status, errors: fieldsOf(answer.data) }).toEqual({ url, status: 400, errors: [error] })
        }
        const french = await send({ method: "GET", url: "/store/products?created_at=abc&locale=fr", headers: store.storeHeaders.headers })
        expect((french.data as { message: string }).message).toBe(validationMessage("invalid_value", "created_at", "fr"))

        for (const url of [
          "/store/products?created_at[$gte]=2000-01-01T00:00:00.000Z&updated_at[$lte]=9999-12-31",
          "/store/products?created_at[$lt]=2099-12-31+23:59:59%2B01:00",
          "/store/products?created_at[$in][]=2000-01-01&created_at[$in][]=2000-02-29T10:00",
          `/store/products/${productId}?created_at[$lte]=2099-12-31`,
        ]) {
          const answer = await send({ method: "GET", url, headers: store.storeHeaders.headers })
          expect({ url, status: answer.status }).toEqual({ url, status: 200 })
        }
      })

      it("refuses a NUL or half a surrogate pair in an upload's form fields, and a NUL or control character in a file's name, with a 400 naming the field; stores nothing", async () => {
        const registering = { authorization: `Bearer ${await registeringToken(getContainer(), "uploader@coop.test")}` }
        type Part = { name: string; value: string } | { name: string; file: string }
        /** A multipart body as a browser's FormData writes it. */
        const form = (parts: Part[]) => {
          const data = new FormData()
          for (const part of parts) {
            if ("file" in part) {
              data.append(part.name, new Blob([new Uint8Array(PDF)], { type: "application/pdf" }), part.file)
            } else {
              data.append(part.name, part.value)
            }
          }
          return data
        }
        /**
         * A multipart body written byte for byte, its parts' headers as given: FormData cannot send
         * half a surrogate pair (it writes U+FFFD), but a part may declare UTF-16, which multer decodes.
         */
        const BOUNDARY = "tadamon-bad-input"
        const raw = (parts: Array<{ headers: string[]; content: Buffer }>) => ({
          data: Buffer.concat([
            ...parts.flatMap(({ headers, content }) => [Buffer.from(`--${BOUNDARY}\r\n${headers.join("\r\n")}\r\n\r\n`), content, Buffer.from("\r\n")]),
            Buffer.from(`--${BOUNDARY}--\r\n`),
          ]),
          contentType: `multipart/form-data; boundary=${BOUNDARY}`,
        })
        const document = { headers: ['Content-Disposition: form-data; name="kind"'], content: Buffer.from("document") }
        const pdfPart = (disposition: string) => ({ headers: [`Content-Disposition: form-data; name="files"; ${disposition}`, "Content-Type: application/pdf"], content: PDF })

        const upload = async (headers: Headers, body: FormData | { data: Buffer; contentType: string }, query = "") => {
          const answer = await api.request({
            method: "POST",
            url: `/vendor/uploads${query}`,
            data: body instanceof FormData ? body : body.data,
            headers: body instanceof FormData ? headers : { ...headers, "content-type": body.contentType },
            validateStatus: () => true,
          })
          return { status: answer.status, data: answer.data as unknown }
        }

        const before = await databaseFingerprint(knex())
        // FormData writes a file's name as it is but for CR, LF and `"` (as %0D, %0A, %22, which multer
        // decodes); busboy refuses a part header holding any other control character, a 400 on `files`.
        // RFC 5987 names (`filename*=utf-8''…`) are percent-decoded: the guard reads what they hold.
        const cases: Array<[string, Headers, FormData | ReturnType<typeof raw>, string]> = [
          ["NUL in kind", member, form([{ name: "kind", value: "document\u0000" }, { name: "files", file: "onssa.pdf" }]), "kind:invalid_characters"],
          ["NUL in kind, registering", registering, form([{ name: "kind", value: "doc\u0000ument" }, { name: "files", file: "onssa.pdf" }]), "kind:invalid_characters"],
          [
            "NUL in another field",
            member,
            form([{ name: "kind", value: "document" }, { name: "label", value: "a\u0000" }, { name: "files", file: "onssa.pdf" }]),
            "label:invalid_characters",
          ],
          [
            "half a surrogate pair in kind",
            member,
            raw([{ headers: ['Content-Disposition: form-data; name="kind"', "Content-Type: text/plain; charset=utf-16le"], content: Buffer.from("document\ud800", "utf16le") }, pdfPart('filename="onssa.pdf"')]),
            "kind:invalid_characters",
          ],
          ["NUL in a file name", registering, raw([document, pdfPart("filename*=utf-8''onssa%00.pdf")]), "files.0:invalid_characters"],
          ["an escape sequence in a file name", member, raw([document, pdfPart("filename*=utf-8''onssa%1B%5B2J.pdf")]), "files.0:invalid_characters"],
          ["DEL in a file name", member, raw([document, pdfPart("filename*=utf-8''onssa%7F.pdf")]), "files.0:invalid_characters"],
          ["half a surrogate pair in a file name", member, raw([document, pdfPart("filename*=utf-16le''o%00%00%D8.%00p%00d%00f%00")]), "files.0:invalid_characters"],
          [
            "a line break in the second file's name",
            member,
            form([{ name: "kind", value: "document" }, { name: "files", file: "onssa.pdf" }, { name: "files", file: "rc\n.pdf" }]),
            "files.1:invalid_characters",
          ],
          ["NUL in a file name, as FormData writes it", member, form([{ name: "kind", value: "document" }, { name: "files", file: "onssa\u0000.pdf" }]), "files:invalid_value"],
          ["ESC in a file name, as FormData writes it", registering, form([{ name: "kind", value: "document" }, { name: "files", file: "onssa\u001b[2J.pdf" }]), "files:invalid_value"],
        ]
        for (const [name, headers, body, error] of cases) {
          const answer = await upload(headers, body)
          expect({ name, status: answer.status, errors: fieldsOf(answer.data) }).toEqual({ name, status: 400, errors: [error] })
        }
        expect(await databaseFingerprint(knex())).toEqual(before)

        // In the reader's language; a file is quoted by its name, the unreadable character shown as U+FFFD.
        const french = await upload(member, form([{ name: "kind", value: "document\u0000" }, { name: "files", file: "onssa.pdf" }]), "?locale=fr")
        expect(french.data).toEqual({
          type: "invalid_data",
          message: validationMessage("invalid_characters", "kind", "fr"),
          errors: [{ field: "kind", code: "invalid_characters", message: validationMessage("invalid_characters", "kind", "fr") }],
        })
        const arabic = await upload(member, raw([document, pdfPart("filename*=utf-8''onssa%07.pdf")]))
        expect((arabic.data as { message: string }).message).toBe(validationMessage("invalid_characters", "onssa\uFFFD.pdf", "ar"))

        // A name in Arabic or French, with spaces and a percent sign, is a name like any other.
        const fine = await upload(member, form([{ name: "kind", value: "document" }, { name: "files", file: "شهادة أونسا 100%.pdf" }, { name: "files", file: "Attestation été.pdf" }]))
        expect({ status: fine.status, kind: (fine.data as { files?: Array<{ kind: string }> }).files?.[0]?.kind }).toEqual({ status: 200, kind: "document" })
      })
    })

    describe("case tricks: Tadamon's middlewares apply whatever the path's case", () => {
      const badAddress = { ...TAOUNATE_ADDRESS, province: "atlantis", phone: "123" }

      it("validates /store/CARTS/:id, /STORE/CARTS and /STORE/Customers/ME/ADDRESSES as their lower-case paths; /VENDOR and /ADMIN still require their actor", async () => {
        const lower = await json("POST", `/store/carts/${cartId}`, { shipping_address: badAddress }, store.storeHeaders.headers)
        expect(lower.status).toBe(400)
        expect(fieldsOf(lower.data)).toEqual(["shipping_address.province:unknown_province", "shipping_address.phone:invalid_phone"])
        for (const path of [`/store/CARTS/${cartId}`, `/Store/Carts/${cartId}/`]) {
          const answer = await json("POST", path, { shipping_address: badAddress }, store.storeHeaders.headers)
          expect({ path, status: answer.status, data: answer.data }).toEqual({ path, status: 400, data: lower.data })
        }
        const created = await json("POST", "/STORE/CARTS", { region_id: store.regionId, shipping_address: badAddress }, store.storeHeaders.headers)
        expect(created.status).toBe(400)
        expect(fieldsOf(created.data)).toEqual(fieldsOf(lower.data))

        const address = await json("POST", "/store/customers/me/addresses", badAddress, customer)
        expect(address.status).toBe(400)
        expect(await json("POST", "/STORE/Customers/ME/ADDRESSES", badAddress, customer)).toEqual(address)

        for (const path of ["/VENDOR/me", "/Vendor/Orders", "/vendor/PRODUCTS"]) {
          for (const headers of [{}, customer]) {
            const answer = await send({ method: "GET", url: path, headers })
            expect({ path, status: answer.status }).toEqual({ path, status: 401 })
          }
        }
        const { headers: plainMember } = await createMember(getContainer(), shop.cooperative.id, { role: "member" })
        for (const path of ["/vendor/members/invitations", "/VENDOR/Members/Invitations"]) {
          const answer = await json("POST", path, { email: "new@coop.test", role: "member" }, plainMember.headers)
          expect({ path, status: answer.status }).toEqual({ path, status: 403 })
        }
        const signedIn = await send({ method: "GET", url: "/VENDOR/ME", headers: member })
        expect(signedIn.status).toBe(200)
        for (const headers of [{}, member]) {
          const answer = await send({ method: "GET", url: "/ADMIN/Reports/Sales", headers })
          expect(answer.status).toBe(401)
        }
      })

      it("lets an identity still registering apply, accept an invitation and upload at /VENDOR/Applications, /Vendor/Invitations/Accept and /Vendor/Uploads as at their lower-case paths, and nowhere else", async () => {
        const registering = { authorization: `Bearer ${await registeringToken(getContainer(), "applicant@coop.test")}` }
        for (const [lowerPath, otherPaths] of [
          ["/vendor/applications", ["/VENDOR/Applications", "/Vendor/applications/"]],
          ["/vendor/invitations/accept", ["/Vendor/Invitations/Accept", "/VENDOR/INVITATIONS/ACCEPT/"]],
        ] as const) {
          const lower = await json("POST", lowerPath, {}, registering)
          expect({ path: lowerPath, status: lower.status }).toEqual({ path: lowerPath, status: 400 })
          for (const path of otherPaths) {
            const answer = await json("POST", path, {}, registering)
            expect({ path, status: answer.status, data: answer.data }).toEqual({ path, status: 400, data: lower.data })
          }
        }
        for (const path of ["/vendor/uploads", "/Vendor/Uploads", "/VENDOR/UPLOADS/"]) {
          const form = new FormData()
          form.append("kind", "document")
          form.append("files", new Blob([new Uint8Array(PDF)], { type: "application/pdf" }), "onssa.pdf")
          const answer = await api.request({ method: "POST", url: path, data: form, headers: registering, validateStatus: () => true })
          expect({ path, status: answer.status, kind: answer.data.files?.[0]?.kind }).toEqual({ path, status: 200, kind: "document" })
        }
        // Every other vendor route still wants a member, in any case.
        for (const path of ["/VENDOR/Documents", "/Vendor/Members/Invitations", "/vendor/APPLICATIONS/x"]) {
          const answer = await json("POST", path, {}, registering)
          expect({ path, status: answer.status }).toEqual({ path, status: 401 })
        }
      })
    })
  },
})
