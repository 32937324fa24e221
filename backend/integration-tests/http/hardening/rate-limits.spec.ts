import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateJwtToken, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { RateLimitedResponse } from "@tadamon/shared"
import { randomUUID } from "crypto"
import { ORDER_GROUP_MODULE } from "../../../src/modules/order-group"
import type OrderGroupModuleService from "../../../src/modules/order-group/service"
import { createOrganizer } from "../../fixtures/admin"
import { createCooperative } from "../../fixtures/catalog"
import { createMember } from "../../fixtures/member"
import type { Json } from "../../fixtures/http"
import type * as ScryptKdf from "scrypt-kdf"

jest.setTimeout(240 * 1000)

// The limits this file reaches in a few requests, through the same setting a deployment uses
// (medusa-config.ts reads these when the test application starts).
const LIMITS = {
  sign_in_account: { points: 3 },
  sign_in_address: { points: 5 },
  registration_account: { points: 2 },
  registration_address: { points: 3 },
  password_reset_account: { points: 2 },
  password_reset_address: { points: 3 },
  order_lookup_account: { points: 3 },
  order_lookup_address: { points: 5 },
  application_account: { points: 2 },
  application_address: { points: 3 },
  upload_account: { points: 2 },
  upload_address: { points: 3 },
  invitation_account: { points: 2 },
  invitation_address: { points: 3 },
}
process.env.TADAMON_RATE_LIMITS = JSON.stringify(LIMITS)
// The test client stands for a proxy on this machine, so that each test speaks from its own
// addresses (X-Forwarded-For); what a client writes in front of the proxy's entry is never believed.
process.env.TRUST_PROXY = "loopback"
// Counters of this run only, when REDIS_URL puts them in a Redis that outlives it.
process.env.TADAMON_RATE_LIMIT_PREFIX = `tadamon-test:${randomUUID()}`

const RIGHT = "the-right-passphrase-1"
const WRONG = "not-the-passphrase"

type Answer = { status: number; headers: Record<string, string>; data: Json }
type Api = { request: (config: Record<string, unknown>) => Promise<Answer> }

let addressSequence = 0
/** A new client address (TEST-NET-3), so that each test starts with fresh per-address counters. */
function newAddress(): string {
  addressSequence += 1
  return `203.0.113.${addressSequence}`
}

let emailSequence = 0
function newEmail(prefix: string): string {
  emailSequence += 1
  return `${prefix}-${emailSequence}-${Date.now()}@limits.test`
}

/** The scrypt-kdf module the emailpass provider uses (one module registry per test file). */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- jest.spyOn needs the module object itself, which an import's namespace only copies
const scrypt: typeof ScryptKdf = require("scrypt-kdf")

function expectLimited(answer: Answer) {
  expect(answer.status).toBe(429)
  const seconds = Number(answer.headers["retry-after"])
  expect(Number.isInteger(seconds) && seconds >= 1 && seconds <= 15 * 60).toBe(true)
  const body: RateLimitedResponse = answer.data
  expect(body).toEqual(expect.objectContaining({ type: "too_many_requests", code: "rate_limited", retry_after: seconds }))
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http: Api = api

    function send(method: string, url: string, address: string, { data, headers = {} }: { data?: unknown; headers?: Record<string, string> } = {}) {
      return http.request({
        method,
        url,
        data,
        headers: { "x-forwarded-for": address, ...headers },
        validateStatus: () => true,
      })
    }

    const signIn = (actor: string, email: string, password: string, address: string, headers?: Record<string, string>) =>
      send("POST", `/auth/${actor}/emailpass`, address, { data: { email, password }, headers })

    function container(): MedusaContainer {
      return getContainer()
    }

    async function setPassword(email: string, password = RIGHT) {
      const result = await container().resolve(Modules.AUTH).updateProvider("emailpass", { entity_id: email, password })
      expect(result.success).toBe(true)
    }

    /** An account of each kind, with a password, created without going through the limited routes. */
    async function accountOf(actor: "customer" | "member" | "user"): Promise<string> {
      const email = newEmail(actor)
      if (actor === "customer") {
        const registered = await container().resolve(Modules.AUTH).register("emailpass", { body: { email, password: RIGHT } })
        expect(registered.success).toBe(true)
        return email
      }
      if (actor === "member") {
        const cooperative = await createCooperative(container(), { status: "approved", handle: `limits-${emailSequence}-${Date.now()}` })
        await createMember(container(), cooperative.id, { email })
      } else {
        await createOrganizer(container(), email)
      }
      await setPassword(email)
      return email
    }

    /** The bearer token of an identity that registers (applies, uploads) but is not a member yet. */
    async function registeringToken(): Promise<string> {
      const registered = await container().resolve(Modules.AUTH).register("emailpass", { body: { email: newEmail("applicant"), password: RIGHT } })
      const { projectConfig } = container().resolve(ContainerRegistrationKeys.CONFIG_MODULE)
      return generateJwtToken(
        { actor_id: "", actor_type: "member", auth_identity_id: registered.authIdentity?.id, app_metadata: {} },
        { secret: projectConfig.http.jwtSecret, expiresIn: "1h" }
      )
    }

    async function owner(): Promise<Record<string, string>> {
      const cooperative = await createCooperative(container(), { status: "approved", handle: `limits-owner-${emailSequence++}-${Date.now()}` })
      return (await createMember(container(), cooperative.id, { role: "owner", email: newEmail("owner") })).headers.headers
    }

    describe("sign-in", () => {
      it.each([
        ["customer", "/auth/customer/emailpass"],
        ["member", "/auth/member/emailpass"],
        ["user", "/auth/user/emailpass"],
      ] as const)(
        "%s (%s): after 3 wrong passwords for one account the next attempt gets 429 with Retry-After, even with the right password and from another address",
        async (actor, _path) => {
          const email = await accountOf(actor)
          const address = newAddress()
          expect((await signIn(actor, email, RIGHT, address)).status).toBe(200)
          for (let attempt = 0; attempt < LIMITS.sign_in_account.points; attempt++) {
            expect((await signIn(actor, email, WRONG, address)).status).toBe(401)
          }
          const refused = await signIn(actor, email, RIGHT, address, { "x-medusa-locale": "fr-MA" })
          expectLimited(refused)
          expect(refused.data.message).toMatch(/^Trop de tentatives en peu de temps\. Réessayez dans \d+ minutes?\.$/)
          // Per account: a new address does not help.
          expectLimited(await signIn(actor, email, RIGHT, newAddress()))
        }
      )

      it("counts failures only: an account that signs in many times is never limited", async () => {
        const email = await accountOf("customer")
        const address = newAddress()
        for (let attempt = 0; attempt < LIMITS.sign_in_account.points + LIMITS.sign_in_address.points + 2; attempt++) {
          expect((await signIn("customer", email, RIGHT, address)).status).toBe(200)
        }
      })

      it("limits one address across accounts: another account is refused after the address's threshold, not its own", async () => {
        const [first, second] = [await accountOf("customer"), await accountOf("member")]
        const address = newAddress()
        for (let attempt = 0; attempt < LIMITS.sign_in_account.points; attempt++) {
          expect((await signIn("customer", first, WRONG, address)).status).toBe(401)
        }
        const left = LIMITS.sign_in_address.points - LIMITS.sign_in_account.points
        for (let attempt = 0; attempt < left; attempt++) {
          expect((await signIn("member", second, WRONG, address)).status).toBe(401)
        }
        // The second account failed fewer times than its own limit, yet this address is done…
        expectLimited(await signIn("member", second, RIGHT, address))
        expect(left).toBeLessThan(LIMITS.sign_in_account.points)
        // …while from another address the same account still signs in.
        expect((await signIn("member", second, RIGHT, newAddress())).status).toBe(200)
      })

      it("counts sign-ins by GET with a body (which Medusa accepts) with those by POST", async () => {
        const email = await accountOf("customer")
        const address = newAddress()
        for (let attempt = 0; attempt < LIMITS.sign_in_account.points; attempt++) {
          const answer = await send("GET", "/auth/customer/emailpass", address, { data: { email, password: WRONG } })
          expect(answer.status).toBe(401)
        }
        expectLimited(await signIn("customer", email, RIGHT, address))
      })

      it("limits sign-in at /AUTH/customer/emailpass and other letter cases as at the lower-case path: the same route, the same counters", async () => {
        const email = await accountOf("customer")
        const address = newAddress()
        const at = (path: string, password: string, from: string) => send("POST", path, from, { data: { email, password } })
        // Medusa routes the path whatever its case: it is a working sign-in…
        expect((await at("/AUTH/customer/emailpass", RIGHT, address)).status).toBe(200)
        // …so its failures count with the lower-case path's,
        const paths = ["/AUTH/customer/emailpass", "/Auth/customer/emailpass/", "/AUTH/CUSTOMER/emailpass"]
        for (const path of paths.slice(0, LIMITS.sign_in_account.points)) {
          expect({ path, status: (await at(path, WRONG, address)).status }).toEqual({ path, status: 401 })
        }
        expectLimited(await signIn("customer", email, RIGHT, address))
        // …and it is refused once the account's limit is used up, from any address.
        for (const path of paths) {
          expectLimited(await at(path, RIGHT, newAddress()))
        }
      })

      it("believes only the proxy's own X-Forwarded-For entry: a client rotating the entries it writes stays one address", async () => {
        const proxied = newAddress()
        for (let attempt = 0; attempt < LIMITS.sign_in_address.points; attempt++) {
          const spoofed = `198.51.100.${attempt + 1}, ${proxied}`
          expect((await signIn("customer", newEmail("nobody"), WRONG, spoofed)).status).toBe(401)
        }
        expectLimited(await signIn("customer", newEmail("nobody"), WRONG, `198.51.100.99, ${proxied}`))
      })

      it("hashes the password of an unknown email, or of an identity without one, with the same settings as a real one", async () => {
        const email = await accountOf("customer")
        const withoutPassword = newEmail("fixture-member")
        const cooperative = await createCooperative(container(), { status: "approved", handle: `limits-nopass-${Date.now()}` })
        await createMember(container(), cooperative.id, { email: withoutPassword })
        const verify = jest.spyOn(scrypt, "verify")
        try {
          const hashesOf = async (who: string) => {
            verify.mockClear()
            expect((await signIn("customer", who, WRONG, newAddress())).status).toBe(401)
            return verify.mock.calls.map(([key]) => scrypt.viewParams(key))
          }
          const known = await hashesOf(email)
          expect(known).toHaveLength(1)
          expect(await hashesOf(newEmail("unknown"))).toEqual(known)
          expect(await hashesOf(withoutPassword)).toEqual(known)
          // The answers do not differ either.
          const unknown = await signIn("customer", newEmail("unknown"), WRONG, newAddress())
          const wrong = await signIn("customer", email, WRONG, newAddress())
          expect(unknown.data).toEqual(wrong.data)
        } finally {
          verify.mockRestore()
        }
      })
    })

    describe("registration and password reset", () => {
      it("limits registrations per address, and per email from any address", async () => {
        const address = newAddress()
        for (let attempt = 0; attempt < LIMITS.registration_address.points; attempt++) {
          const answer = await send("POST", "/auth/customer/emailpass/register", address, { data: { email: newEmail("new"), password: RIGHT } })
          expect(answer.status).toBe(200)
        }
        expectLimited(await send("POST", "/auth/member/emailpass/register", address, { data: { email: newEmail("new"), password: RIGHT } }))

        const email = newEmail("again")
        for (let attempt = 0; attempt < LIMITS.registration_account.points; attempt++) {
          const answer = await send("POST", "/auth/customer/emailpass/register", newAddress(), { data: { email, password: RIGHT } })
          expect(answer.status).not.toBe(429)
        }
        expectLimited(await send("POST", "/auth/customer/emailpass/register", newAddress(), { data: { email, password: RIGHT } }))
      })

      it("limits password reset requests per email (each sends an email) and per address", async () => {
        const email = await accountOf("customer")
        for (let attempt = 0; attempt < LIMITS.password_reset_account.points; attempt++) {
          expect((await send("POST", "/auth/customer/emailpass/reset-password", newAddress(), { data: { identifier: email } })).status).toBe(201)
        }
        expectLimited(await send("POST", "/auth/member/emailpass/reset-password", newAddress(), { data: { identifier: email.toUpperCase() } }))

        const address = newAddress()
        for (let attempt = 0; attempt < LIMITS.password_reset_address.points; attempt++) {
          expect((await send("POST", "/auth/customer/emailpass/reset-password", address, { data: { identifier: newEmail("who") } })).status).toBe(201)
        }
        expectLimited(await send("POST", "/auth/customer/emailpass/reset-password", address, { data: { identifier: newEmail("who") } }))
      })
    })

    describe("guest order lookup", () => {
      let storeHeaders: Record<string, string>
      let reference: string
      const ORDER_EMAIL = "Fatima@Example.ma"

      beforeEach(async () => {
        const { token } = await container()
          .resolve(Modules.API_KEY)
          .createApiKeys({ title: "limits", type: "publishable", created_by: "test" })
        storeHeaders = { "x-publishable-api-key": token }
        const groups: OrderGroupModuleService = container().resolve(ORDER_GROUP_MODULE)
        reference = groups.generateReference()
        await groups.createOrderGroups({
          reference,
          cart_id: `cart_${randomUUID()}`,
          email: ORDER_EMAIL.toLowerCase(),
          currency_code: "mad",
          total: 150,
          payment_provider_id: "pp_cod_cod",
        })
      })

      const lookUp = (ref: string, email: string, address: string) =>
        send("GET", `/store/order-groups/${ref}?email=${encodeURIComponent(email)}`, address, { headers: storeHeaders })

      it("limits failed lookups per address: guessing references ends in 429, even for a right reference and email", async () => {
        const address = newAddress()
        for (let attempt = 0; attempt < LIMITS.order_lookup_address.points; attempt++) {
          expect((await lookUp(`TDM-${String(attempt).padStart(6, "0")}`, ORDER_EMAIL, address)).status).toBe(404)
        }
        expectLimited(await lookUp(reference, ORDER_EMAIL, address))
        expect((await lookUp(reference, ORDER_EMAIL, newAddress())).status).toBe(200)
      })

      it("limits failed lookups per reference from any address: guessing its email ends in 429", async () => {
        for (let attempt = 0; attempt < LIMITS.order_lookup_account.points; attempt++) {
          expect((await lookUp(reference, `guess${attempt}@example.ma`, newAddress())).status).toBe(404)
        }
        expectLimited(await lookUp(reference.toLowerCase(), ORDER_EMAIL, newAddress()))
      })

      it("counts failures only: the order's owner can open it again and again", async () => {
        const address = newAddress()
        for (let attempt = 0; attempt < LIMITS.order_lookup_address.points + 2; attempt++) {
          expect((await lookUp(reference, ORDER_EMAIL, address)).status).toBe(200)
        }
      })

      it("does the same reads for an existing reference with a wrong email as for an unknown one: never the group's orders", async () => {
        const query = container().resolve(ContainerRegistrationKeys.QUERY)
        const graph = jest.spyOn(query, "graph")
        try {
          /** What the lookup read of order groups (the publishable key's reads aside). */
          const readsOf = async (ref: string, email?: string) => {
            graph.mockClear()
            const url = `/store/order-groups/${ref}${email ? `?email=${encodeURIComponent(email)}` : ""}`
            expect((await send("GET", url, newAddress(), { headers: storeHeaders })).status).toBe(404)
            return graph.mock.calls
              .map(([config]) => ({ entity: config.entity, fields: config.fields }))
              .filter((read) => read.entity === "order_group")
          }
          const unknown = await readsOf("TDM-ZZZZZZ", ORDER_EMAIL)
          expect(unknown).toEqual([{ entity: "order_group", fields: ["id", "email", "customer_id"] }])
          expect(await readsOf(reference, "someone@example.ma")).toEqual(unknown)
          expect(await readsOf(reference)).toEqual(unknown)
        } finally {
          graph.mockRestore()
        }
      })
    })

    describe("the cooperative portal", () => {
      it("limits cooperative applications per registering identity and per address", async () => {
        const token = await registeringToken()
        for (let attempt = 0; attempt < LIMITS.application_account.points; attempt++) {
          const answer = await send("POST", "/vendor/applications", newAddress(), { data: {}, headers: { authorization: `Bearer ${token}` } })
          expect(answer.status).toBe(400)
        }
        expectLimited(await send("POST", "/vendor/applications", newAddress(), { data: {}, headers: { authorization: `Bearer ${token}` } }))

        const address = newAddress()
        for (let attempt = 0; attempt < LIMITS.application_address.points; attempt++) {
          const answer = await send("POST", "/vendor/applications", address, { data: {}, headers: { authorization: `Bearer ${await registeringToken()}` } })
          expect(answer.status).toBe(400)
        }
        expectLimited(await send("POST", "/vendor/applications", address, { data: {}, headers: { authorization: `Bearer ${await registeringToken()}` } }))
      })

      it("limits uploads per member or registering identity, and per address, before reading the files", async () => {
        const headers = await owner()
        for (let attempt = 0; attempt < LIMITS.upload_account.points; attempt++) {
          expect((await send("POST", "/vendor/uploads", newAddress(), { headers })).status).not.toBe(429)
        }
        expectLimited(await send("POST", "/vendor/uploads", newAddress(), { headers }))

        const address = newAddress()
        for (let attempt = 0; attempt < LIMITS.upload_address.points; attempt++) {
          const answer = await send("POST", "/vendor/uploads", address, { headers: { authorization: `Bearer ${await registeringToken()}` } })
          expect(answer.status).not.toBe(429)
        }
        expectLimited(await send("POST", "/vendor/uploads", address, { headers: await owner() }))
      })

      it("limits invitations per member and per address", async () => {
        const headers = await owner()
        for (let attempt = 0; attempt < LIMITS.invitation_account.points; attempt++) {
          const answer = await send("POST", "/vendor/members/invitations", newAddress(), { data: { email: newEmail("invited") }, headers })
          expect(answer.status).toBe(200)
          expect(answer.data.invitation).toBeDefined()
        }
        expectLimited(await send("POST", "/vendor/members/invitations", newAddress(), { data: { email: newEmail("invited") }, headers }))

        const address = newAddress()
        for (let attempt = 0; attempt < LIMITS.invitation_address.points; attempt++) {
          const answer = await send("POST", "/vendor/members/invitations", address, { data: {}, headers: await owner() })
          expect(answer.status).toBe(400)
        }
        expectLimited(await send("POST", "/vendor/members/invitations", address, { data: {}, headers: await owner() }))
      })
    })
  },
})
