import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { StoreValidationErrorResponse } from "@tadamon/shared"
import { createStoreFixture, type StoreFixture } from "../../../fixtures/catalog"
import { signUpCustomer, type CustomerSession } from "../../../fixtures/customer"

jest.setTimeout(120 * 1000)

const valid = {
  first_name: "Youssef",
  last_name: "El Idrissi",
  address_1: "حي السلام، رقم 8",
  city: "Sefrou",
  province: "sefrou",
  country_code: "ma",
  phone: "0661 00 11 22",
}

type ErrorResponse = { status: number; data: StoreValidationErrorResponse }

let registrations = 0

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreFixture
    let customer: CustomerSession
    const localized = (locale: string) => ({ headers: { ...customer.headers, "x-medusa-locale": locale } })
    const refused = (request: Promise<unknown>) =>
      request.then(
        () => {
          throw new Error("expected an error response")
        },
        (error: { response: ErrorResponse }) => error.response
      )

    beforeEach(async () => {
      store = await createStoreFixture(getContainer())
      // A new email each test: registrations are rate-limited per email (the counters outlive the database restore).
      customer = await signUpCustomer(api, store, `youssef-${++registrations}@example.ma`)
    })

    describe("POST /store/customers/me/addresses", () => {
      it("refuses an invalid address with localized field errors", async () => {
        const arabic = await refused(api.post("/store/customers/me/addresses", { ...valid, phone: "", city: " " }, customer))
        expect(arabic.status).toBe(400)
        expect(arabic.data.errors.map((error) => `${error.field}:${error.code}`)).toEqual(["city:required", "phone:required"])
        expect(arabic.data.errors[1].message).toBe("الحقل «الهاتف» مطلوب.")

        const french = await refused(api.post("/store/customers/me/addresses", { ...valid, province: "paris" }, localized("fr-MA")))
        expect(french.data.errors).toEqual([
          { field: "province", code: "unknown_province", message: "La province ou préfecture « Province ou préfecture » est inconnue." },
        ])
      })

      it("stores a valid address normalized", async () => {
        const { data } = await api.post("/store/customers/me/addresses", valid, customer)
        expect(data.customer.addresses[0]).toMatchObject({ phone: "+212661001122", province: "sefrou", country_code: "ma" })
      })

      it("reads the province as people type it, or from a known city when it is empty", async () => {
        const typed = await api.post("/store/customers/me/addresses", { ...valid, city: "Fès", province: "Préfecture de Fès" }, customer)
        expect(typed.data.customer.addresses[0]).toMatchObject({ city: "Fès", province: "fes" })

        const inferred = await api.post("/store/customers/me/addresses", { ...valid, city: "أزرو", province: "" }, customer)
        const azrou = inferred.data.customer.addresses.find((address: { city: string }) => address.city === "أزرو")
        expect(azrou).toMatchObject({ province: "ifrane" })

        // A partial update that empties the province beside a new known city stores that city's province.
        const moved = await api.post(`/store/customers/me/addresses/${azrou.id}`, { city: "Imouzzer Kandar", province: "" }, customer)
        expect(moved.data.customer.addresses.find((address: { id: string }) => address.id === azrou.id)).toMatchObject({
          city: "Imouzzer Kandar",
          province: "sefrou",
        })
      })

      it("asks for sign-in before anything else", async () => {
        const response = await refused(api.post("/store/customers/me/addresses", { phone: "1" }, store.storeHeaders))
        expect(response.status).toBe(401)
      })
    })

    describe("POST /store/customers/me/addresses/:address_id", () => {
      it("checks a partial update against the stored address and normalizes what it changes", async () => {
        const { data } = await api.post("/store/customers/me/addresses", valid, customer)
        const addressId = data.customer.addresses[0].id

        const landline = await refused(api.post(`/store/customers/me/addresses/${addressId}`, { phone: "0535 12 34 56" }, localized("fr-MA")))
        expect(landline.status).toBe(400)
        expect(landline.data.errors.map((error) => `${error.field}:${error.code}`)).toEqual(["phone:not_mobile"])

        const wrongRegion = await refused(api.post(`/store/customers/me/addresses/${addressId}`, { metadata: { region: "01" } }, customer))
        expect(wrongRegion.data.errors.map((error) => error.code)).toEqual(["province_not_in_region"])

        const defaults = await api.post(`/store/customers/me/addresses/${addressId}`, { is_default_shipping: true }, customer)
        expect(defaults.status).toBe(200)

        const phone = await api.post(`/store/customers/me/addresses/${addressId}`, { phone: "07 11 22 33 44" }, customer)
        expect(phone.data.customer.addresses[0]).toMatchObject({ phone: "+212711223344", city: "Sefrou", is_default_shipping: true })
      })

      it("leaves another customer's address to Medusa's 404", async () => {
        const { data } = await api.post("/store/customers/me/addresses", valid, customer)
        const other = await signUpCustomer(api, store, "other@example.ma")
        const response = await refused(api.post(`/store/customers/me/addresses/${data.customer.addresses[0].id}`, { phone: "1" }, other))
        expect(response.status).toBe(404)
      })
    })
  },
})
