import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { StoreValidationErrorResponse } from "@tadamon/shared"
import { createStoreFixture, type StoreFixture } from "../../../fixtures/catalog"

jest.setTimeout(120 * 1000)

const valid = {
  first_name: "  Amina ",
  last_name: "Bennani",
  address_1: "12 زنقة الأندلس",
  city: "Taounate",
  province: "Taounate",
  postal_code: "34000",
  country_code: "MA",
  phone: "06 12 34 56 78",
  metadata: { region: "fes-meknes" },
}

type ErrorResponse = { status: number; data: StoreValidationErrorResponse }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreFixture
    const withLocale = (locale?: string) => ({
      headers: { ...store.storeHeaders.headers, ...(locale ? { "x-medusa-locale": locale } : {}) },
    })
    const refused = (request: Promise<unknown>) =>
      request.then(
        () => {
          throw new Error("expected a 400")
        },
        (error: { response: ErrorResponse }) => error.response
      )
    const fieldsAndCodes = (response: ErrorResponse) => response.data.errors.map((error) => `${error.field}:${error.code}`)

    beforeEach(async () => {
      store = await createStoreFixture(getContainer())
    })

    describe("POST /store/carts", () => {
      it("refuses a bad address and email with field errors, in Arabic by default", async () => {
        const response = await refused(
          api.post(
            "/store/carts",
            { region_id: store.regionId, email: "amina@", shipping_address: { ...valid, province: "atlantis", phone: "123" } },
            withLocale()
          )
        )
        expect(response.status).toBe(400)
        expect(response.data.type).toBe("invalid_data")
        expect(fieldsAndCodes(response)).toEqual([
          "shipping_address.province:unknown_province",
          "shipping_address.phone:invalid_phone",
          "email:invalid_email",
        ])
        const phone = response.data.errors.find((error) => error.field === "shipping_address.phone")
        expect(phone?.message).toBe("رقم الهاتف في «الهاتف» غير صحيح: اكتب رقما مغربيا مثل 0612345678.")
        expect(response.data.message).toContain(phone?.message)
      })

      it("answers in French when asked, and never a 500 for garbage", async () => {
        const french = await refused(
          api.post("/store/carts", { region_id: store.regionId, shipping_address: { ...valid, phone: "0535123456" } }, withLocale("fr-MA"))
        )
        expect(fieldsAndCodes(french)).toEqual(["shipping_address.phone:not_mobile"])
        expect(french.data.errors[0].message).toBe("« Téléphone » doit être un numéro de mobile (06 ou 07).")

        for (const shipping_address of [42, ["x"], { phone: 612345678, city: {}, metadata: "03" }]) {
          const response = await refused(api.post("/store/carts", { region_id: store.regionId, shipping_address }, withLocale("en-US")))
          expect(response.status).toBe(400)
          expect(response.data.errors.length).toBeGreaterThan(0)
        }
      })

      it("stores a valid address normalized: +212 phone, province code, country ma", async () => {
        const { data, status } = await api.post(
          "/store/carts?fields=*shipping_address,*billing_address",
          { region_id: store.regionId, email: " amina@example.ma ", shipping_address: valid, billing_address: { ...valid, phone: "0535123456" } },
          withLocale()
        )
        expect(status).toBe(200)
        expect(data.cart.email).toBe("amina@example.ma")
        expect(data.cart.shipping_address).toMatchObject({
          first_name: "Amina",
          province: "taounate",
          country_code: "ma",
          phone: "+212612345678",
          metadata: { region: "03" },
        })
        // A billing address may carry a landline.
        expect(data.cart.billing_address.phone).toBe("+212535123456")
      })
    })

    describe("POST /store/carts/:id", () => {
      it("checks both addresses and the email on update", async () => {
        const { data } = await api.post("/store/carts", { region_id: store.regionId }, withLocale())
        const response = await refused(
          api.post(
            `/store/carts/${data.cart.id}`,
            {
              email: "not-an-email",
              shipping_address: { ...valid, country_code: "fr", postal_code: "3400", metadata: { region: "06" } },
              billing_address: { ...valid, first_name: "", phone: "+33612345678" },
            },
            withLocale("fr-MA")
          )
        )
        expect(fieldsAndCodes(response)).toEqual([
          "shipping_address.country_code:unsupported_country",
          "shipping_address.province:province_not_in_region",
          "shipping_address.postal_code:invalid_postal_code",
          "billing_address.first_name:required",
          "billing_address.phone:invalid_phone",
          "email:invalid_email",
        ])
        expect(response.data.errors[3].message).toBe("Le champ « Prénom » est obligatoire.")

        const updated = await api.post(`/store/carts/${data.cart.id}`, { shipping_address: { ...valid, phone: "+212 7 11 22 33 44" } }, withLocale())
        expect(updated.data.cart.shipping_address.phone).toBe("+212711223344")
      })

      it("reads the province as standard clients send it: a name in any language, or empty beside a known city", async () => {
        const { data } = await api.post("/store/carts", { region_id: store.regionId }, withLocale())
        const cases = [
          { shipping_address: { ...valid, city: "Fès", province: "Fès" }, expected: "fes" },
          { shipping_address: { ...valid, city: "فاس", province: "فاس", phone: "٠٦١٢٣٤٥٦٧٨" }, expected: "fes" },
          { shipping_address: { ...valid, city: "Ghafsai", province: "" }, expected: "taounate" },
        ]
        for (const { shipping_address, expected } of cases) {
          const updated = await api.post(`/store/carts/${data.cart.id}?fields=*shipping_address`, { shipping_address }, withLocale())
          expect(updated.status).toBe(200)
          expect(updated.data.cart.shipping_address).toMatchObject({ city: shipping_address.city, province: expected, phone: "+212612345678" })
        }

        const refusedEnglish = await refused(
          api.post(`/store/carts/${data.cart.id}`, { shipping_address: { ...valid, province: "Atlantis" } }, withLocale("en-US"))
        )
        expect(refusedEnglish.status).toBe(400)
        expect(fieldsAndCodes(refusedEnglish)).toEqual(["shipping_address.province:unknown_province"])
        const refusedArabic = await refused(api.post(`/store/carts/${data.cart.id}`, { shipping_address: { ...valid, province: "Atlantis" } }, withLocale()))
        expect(refusedArabic.data.errors[0].field).toBe("shipping_address.province")
        expect(refusedArabic.data.errors[0].message).not.toBe(refusedEnglish.data.errors[0].message)

        // An unknown city with no province still needs the province.
        const missing = await refused(
          api.post(`/store/carts/${data.cart.id}`, { shipping_address: { ...valid, city: "Atlantis", province: "" } }, withLocale("fr-MA"))
        )
        expect(fieldsAndCodes(missing)).toEqual(["shipping_address.province:required"])

        const { data: stored } = await api.get(`/store/carts/${data.cart.id}?fields=*shipping_address`, withLocale())
        expect(stored.cart.shipping_address.province).toBe("taounate")
      })
    })
  },
})
