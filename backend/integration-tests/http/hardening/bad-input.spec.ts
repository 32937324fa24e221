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
type Sent = { method: string; url: string; body?: string; headers: Headers; expect: "field_error" | "no_server_error" }
type Answer = { status: number | "timeout"; data: unknown }
type Knex = { raw: (sql: string) => Promise<{ rows: Array<Record<string, unknown>> }> }

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

    async function sendAll(requests: Sent[]): Promise<Array<Sent & Answer>> {
      const answers: Array<Sent & Answer> = []
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

      /**
       * The bad requests for one route, each with one value no route can take: a 400 naming the
       * field; extreme dates and filters may be ignored by a route that has no such filter, so
       * those only must not fail the server.
       */
      function corpus(route: ApiRoute): Sent[] {
        const headers = headersFor(route)
        const path = pathWith(route, (param) => paramValue(route.matcher, param))
        const request = (url: string, body?: string, expect: Sent["expect"] = "field_error"): Sent => ({ method: route.method, url, body, headers, expect })
        const requests: Sent[] = []
        if (route.params.length) {
          requests.push(request(pathWith(route, () => "a%00b")), request(pathWith(route, () => "%ZZ")))
        }
        for (const query of ["locale[]=a&locale[]=b", "locale[x]=1", "q=a%00b", "q=%ZZ&fields=%C0%AF", "a.b.c=1"]) {
          requests.push(request(`${path}?${query}`))
        }
        if (route.method === "GET") {
          requests.push(request(`${path}?from=0000-01-01&to=9999-12-31`, undefined, "no_server_error"))
        }
        if (route.method === "POST") {
          requests.push(
            request(path, JSON.stringify({ name: "a\u0000b", title: "a\u0000b", first_name: "a\u0000b", ["key\u0000"]: "value" })),
            request(path, JSON.stringify({ metadata: { note: "\ud800x" }, translations: { fr: { title: "x\udc00" } } })),
            request(path, '{"first_name": "unfinished'),
            request(path, `{"metadata":${'{"a":'.repeat(3000)}1${"}".repeat(3000)}}`)
          )
        }
        return requests
      }

      it("answers each with a 4xx (a 400 naming the field for unreadable input), never a 5xx or silence, and writes nothing", async () => {
        const routes = routesUnderTest()
        expect(routes.length).toBeGreaterThan(100)
        expect(routes).toEqual(
          expect.arrayContaining([
            { method: "POST", matcher: "/store/carts/:id", params: ["id"] },
            { method: "GET", matcher: "/store/products/:id", params: ["id"] },
            { method: "GET", matcher: "/vendor/orders/:id", params: ["id"] },
            { method: "GET", matcher: "/admin/reports/sales", params: [] },
          ])
        )
        const before = await databaseFingerprint(knex())

        const requests = routes.flatMap(corpus)
        const answers = await sendAll(requests)

        const wrong = answers
          .filter(
            ({ status, data, expect }) =>
              status === "timeout" || status >= 500 || (expect === "field_error" && (status !== 400 || !fieldsOf(data).length))
          )
          .map(({ method, url, body, status, data }) => `${method} ${url} ${body?.slice(0, 60) ?? ""} → ${status} ${JSON.stringify(data)?.slice(0, 160)}`)
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
