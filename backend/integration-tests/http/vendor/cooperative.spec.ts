import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { VendorCooperativeResponse, VendorFieldError, VendorValidationErrorResponse } from "@tadamon/shared"
import { createCooperative, createStoreFixture } from "../../fixtures/catalog"
import { createMember } from "../../fixtures/member"

jest.setTimeout(120 * 1000)

type Failed = { response: { status: number; data: VendorValidationErrorResponse } }
const failed = (error: Failed) => error.response
const withLocale = (headers: { headers: Record<string, string> }, locale: string) => ({
  headers: { ...headers.headers, "x-medusa-locale": locale },
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("POST /vendor/cooperative", () => {
      it("lets the owner set the phone and email customers read as the seller's", async () => {
        const container = getContainer()
        const store = await createStoreFixture(container)
        const cooperative = await createCooperative(container, { handle: "nahl", contact_email: null })
        const { headers } = await createMember(container, cooperative.id)

        const { status, data } = await api.post(
          "/vendor/cooperative",
          { contact_phone: "0661 23 45 67", contact_email: "  Contact@Nahl.Example " },
          headers
        )
        expect(status).toBe(200)
        const body: VendorCooperativeResponse = data
        expect(body.cooperative).toEqual(
          expect.objectContaining({ id: cooperative.id, contact_phone: "+212661234567", contact_email: "contact@nahl.example" })
        )
        const read = await api.get("/vendor/cooperative", headers)
        expect(read.data.cooperative.contact_email).toBe("contact@nahl.example")

        const shop = await api.get("/store/cooperatives/nahl", store.storeHeaders)
        expect(shop.data.cooperative.seller).toEqual(expect.objectContaining({ phone: "+212661234567", email: "contact@nahl.example" }))

        // Only the fields sent change; an empty email clears it.
        const cleared = await api.post("/vendor/cooperative", { contact_email: "" }, headers)
        expect(cleared.data.cooperative).toEqual(expect.objectContaining({ contact_phone: "+212661234567", contact_email: null }))
      })

      it("refuses a bad email or phone with a 400 naming the field, in the member's language", async () => {
        const container = getContainer()
        const cooperative = await createCooperative(container, { handle: "tin", contact_email: "tin@coop.example" })
        const { headers } = await createMember(container, cooperative.id)

        const french = await api
          .post("/vendor/cooperative", { contact_email: "pas-un-email" }, withLocale(headers, "fr-MA"))
          .catch(failed)
        expect(french.status).toBe(400)
        expect(french.data.errors).toEqual([
          { field: "contact_email", code: "invalid_email", message: expect.stringContaining("E-mail de la coopérative") },
        ])
        const arabic = await api.post("/vendor/cooperative", { contact_email: "a@b" }, headers).catch(failed)
        expect(arabic.status).toBe(400)
        expect(arabic.data.errors[0]).toEqual(
          expect.objectContaining({ field: "contact_email", code: "invalid_email", message: expect.stringContaining("البريد الإلكتروني للتعاونية") })
        )
        const phone = await api.post("/vendor/cooperative", { contact_phone: "12" }, headers).catch(failed)
        expect(phone.status).toBe(400)
        expect(phone.data.errors.map((error: VendorFieldError) => [error.field, error.code])).toEqual([["contact_phone", "invalid_phone"]])

        const { data } = await api.get("/vendor/cooperative", headers)
        expect(data.cooperative.contact_email).toBe("tin@coop.example")
      })

      it("changes only the caller's own cooperative, and only its owner may", async () => {
        const container = getContainer()
        const mine = await createCooperative(container, { handle: "mine", contact_email: "mine@coop.example" })
        const theirs = await createCooperative(container, { handle: "theirs", contact_email: "theirs@coop.example" })
        const { headers: owner } = await createMember(container, mine.id)
        const { headers: theirOwner } = await createMember(container, theirs.id)
        const { headers: member } = await createMember(container, theirs.id, { role: "member" })

        // No way to name another cooperative: the body has no id, and an unknown field is refused.
        const aimed = await api
          .post("/vendor/cooperative", { id: theirs.id, contact_email: "hijack@evil.example" }, owner)
          .catch(failed)
        expect(aimed.status).toBe(400)
        expect(aimed.data.errors.map((error: VendorFieldError) => error.field)).toEqual(["id"])
        const other = await api
          .post("/vendor/cooperative", { cooperative_id: theirs.id, contact_email: "hijack@evil.example" }, owner)
          .catch(failed)
        expect(other.status).toBe(400)

        // A member who is not the owner cannot change the seller's details.
        const byMember = await api.post("/vendor/cooperative", { contact_email: "member@coop.example" }, member).catch(failed)
        expect(byMember.status).toBe(403)

        const anonymous = await api.post("/vendor/cooperative", { contact_email: "x@coop.example" }).catch(failed)
        expect(anonymous.status).toBe(401)

        await api.post("/vendor/cooperative", { contact_email: "new@mine.example" }, owner)
        const { data } = await api.get("/vendor/cooperative", theirOwner)
        expect(data.cooperative.contact_email).toBe("theirs@coop.example")
        const own = await api.get("/vendor/cooperative", owner)
        expect(own.data.cooperative.contact_email).toBe("new@mine.example")
      })

      it("is closed to a suspended cooperative", async () => {
        const container = getContainer()
        const cooperative = await createCooperative(container, { handle: "stopped", status: "suspended", contact_email: "stopped@coop.example" })
        const { headers } = await createMember(container, cooperative.id)
        const response = await api.post("/vendor/cooperative", { contact_email: "new@coop.example" }, headers).catch(failed)
        expect(response.status).toBe(403)
      })
    })
  },
})
