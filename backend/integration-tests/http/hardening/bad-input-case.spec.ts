import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { StoreFixture } from "../../fixtures/catalog"
import { TAOUNATE_ADDRESS, type Shop } from "../../fixtures/checkout"
import { PDF } from "../../fixtures/cooperative-portal"
import { createMember } from "../../fixtures/member"
import { createRecords, fieldsOf, registeringToken, sender, type Headers } from "./bad-input"

// Bad input at a path written in another case, which Medusa's router matches as the lower-case
// path. The rest of the bad input is in bad-input.spec.ts and bad-input-corpus.spec.ts: each file
// starts its own application, so jest runs them on separate workers.

jest.setTimeout(240 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreFixture
    let shop: Shop
    let cartId: string
    let customer: Headers
    let member: Headers

    const send = sender(api)
    const json = (method: string, url: string, body: unknown, headers: Headers) => send({ method, url, body: JSON.stringify(body), headers })

    // One set of records for every test: the runner snapshots the database after beforeAll and restores it before each test.
    beforeAll(async () => {
      ;({ store, shop, cartId, customer, member } = await createRecords(getContainer(), api))
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
