import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateJwtToken, Modules } from "@medusajs/framework/utils"
import type { StoreValidationErrorResponse } from "@tadamon/shared"
import { createOrganizer } from "../../fixtures/admin"
import { createStoreFixture, type StoreFixture } from "../../fixtures/catalog"
import { createCart, createShop, type Shop } from "../../fixtures/checkout"
import { createEdition } from "../../fixtures/market"
import { createMember } from "../../fixtures/member"

// What the bad-input specs share: the records they send requests about, the client that sends
// them and the checks that nothing was written. Not a spec itself (jest only runs *.spec.ts), so
// each spec file starts its own application and database and the two run on separate workers.

/** A request that has not answered after this long is held: the test fails on it instead of waiting. */
const CLIENT_TIMEOUT_MS = 8000

export type Headers = Record<string, string>
/** A request as `send` writes it: the body, when there is one, exactly as given. */
export type Sendable = { method: string; url: string; body?: string; headers: Headers }
export type Answer = { status: number | "timeout"; data: unknown }
export type Knex = { raw: (sql: string) => Promise<{ rows: Array<Record<string, unknown>> }> }
/** Medusa's test client (axios), as far as these specs and the checkout fixtures use it. */
type Api = Parameters<typeof createCart>[0] & { request: (config: Record<string, unknown>) => Promise<{ status: number; data: unknown }> }

/**
 * Every table's row count and latest `updated_at`: equal before and after means nothing was
 * created, changed or (soft-)deleted.
 */
export async function databaseFingerprint(knex: Knex): Promise<Record<string, string>> {
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
export async function registeringToken(container: MedusaContainer, email: string): Promise<string> {
  const identity = await container.resolve(Modules.AUTH).createAuthIdentities({ provider_identities: [{ provider: "emailpass", entity_id: email }] })
  const { projectConfig } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  return generateJwtToken(
    { actor_id: "", actor_type: "member", auth_identity_id: identity.id, app_metadata: {} },
    { secret: projectConfig.http.jwtSecret, expiresIn: "1h" }
  )
}

export const fieldsOf = (data: unknown) => ((data as StoreValidationErrorResponse | null)?.errors ?? []).map((error) => `${error.field}:${error.code}`)

/** Sends a request as written, answering `timeout` rather than failing when it is held. */
export function sender(api: Api) {
  return async function send({ method, url, body, headers }: Sendable): Promise<Answer> {
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
}

/** The records every bad request is about, and whoever sends it. */
export type Records = {
  store: StoreFixture
  shop: Shop
  productId: string
  cartId: string
  customer: Headers
  member: Headers
  organizer: Headers
  edition: { id: string; handle: string }
}

/** The records, made in each spec file's beforeAll (each file has its own database). */
export async function createRecords(container: MedusaContainer, api: Api): Promise<Records> {
  const store = await createStoreFixture(container)
  const shop = await createShop(container, store, { handle: "nahl-taounate" }, [{ handle: "miel-thym", price: 150, stock: 20 }])
  const {
    data: [variant],
  } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["product_id"],
    filters: { id: shop.variants["miel-thym"] },
  })
  const productId = variant.product_id as string
  const cartId = await createCart(api, store, [{ variant_id: shop.variants["miel-thym"], quantity: 1 }])
  const customer = { ...store.storeHeaders.headers, authorization: `Bearer ${await customerToken(container, "amina@example.ma")}` }
  const member = (await createMember(container, shop.cooperative.id)).headers.headers
  const organizer = (await createOrganizer(container)).adminHeaders.headers
  const edition = await createEdition(container)
  return { store, shop, productId, cartId, customer, member, organizer, edition }
}
