import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { COOPERATIVE_MODULE } from "../../../../src/modules/cooperative"
import type CooperativeModuleService from "../../../../src/modules/cooperative/service"
import { applyForCooperativeWorkflow } from "../../../../src/workflows/onboarding/apply-for-cooperative"
import { createOrganizer } from "../../../fixtures/admin"
import { createStoreFixture, type StoreFixture } from "../../../fixtures/catalog"
import { signUpCustomer } from "../../../fixtures/customer"
import {
  applicationBody,
  bearer,
  failed,
  inDays,
  PDF,
  PNG,
  registerIdentity,
  signIn,
  upload,
} from "../../../fixtures/cooperative-portal"
import { useSmtpSink } from "../../notification/smtp-sink"

jest.setTimeout(180 * 1000)

const sink = useSmtpSink()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreFixture

    beforeEach(async () => {
      store = await createStoreFixture(getContainer())
    })

    /** Registers `email` and uploads the sanitary authorisation with the registering token. */
    async function applicant(email: string) {
      const token = await registerIdentity(api, email)
      const [sanitary] = await upload(api, bearer(token), [{ name: "onssa.pdf", content: PDF, type: "application/pdf" }])
      return { token, sanitary }
    }

    it("applies end to end: pending and invisible until approved, then public with its published products", async () => {
      const container = getContainer()
      const { token, sanitary } = await applicant("fatima@nahl.ma")
      const [organicFile] = await upload(api, bearer(token), [{ name: "bio.png", content: PNG }], "document")
      const body = applicationBody({
        cooperative: { name_fr: "Coopérative Nahl Taounate", locale: "fr" },
        documents: [
          { type: "sanitary_authorisation", number: "ONSSA-123", issuer: "ONSSA", valid_until: inDays(400), file_url: sanitary },
          { type: "organic", label_name: "Miel bio du Rif", number: "BIO-9", issuer: "Ecocert", valid_until: inDays(200), file_url: organicFile },
        ],
      })

      const { status, data } = await api.post("/vendor/applications", body, bearer(token))
      expect(status).toBe(200)
      expect(data.cooperative).toEqual(
        expect.objectContaining({ handle: "cooperative-nahl-taounate", status: "pending", contact_phone: "+212661234567", locale: "fr" })
      )
      expect(data.member).toEqual(expect.objectContaining({ email: "fatima@nahl.ma", role: "owner", phone: "+212612345678" }))
      expect(data.documents).toHaveLength(2)
      expect(data.documents.every((document: { status: string; is_valid: boolean }) => document.status === "pending" && !document.is_valid)).toBe(true)

      // The identity is the owner's now: the registering token is not a member's, a refreshed one is,
      // and so is signing in.
      expect((await api.get("/vendor/me", bearer(token)).catch(failed)).status).toBe(401)
      const refreshed = await api.post("/auth/token/refresh", {}, bearer(token))
      expect((await api.get("/vendor/me", bearer(refreshed.data.token))).data.member.id).toBe(data.member.id)
      const owner = await signIn(api, "fatima@nahl.ma")
      const me = await api.get("/vendor/me", owner)
      expect(me.data.cooperative).toEqual(expect.objectContaining({ id: data.cooperative.id, status: "pending", locale: "fr" }))

      // Nothing is public while pending, not even a product the organizers published.
      const listing = await api.post(
        "/vendor/products",
        { title: "عسل الزعتر", option_title: "الوزن", variants: [{ option_value: "500 g", price: 180, stock: 10 }] },
        owner
      )
      const { adminHeaders } = await createOrganizer(container)
      await api.post(`/admin/products/${listing.data.product.id}/review`, { decision: "publish" }, adminHeaders)
      expect((await api.get(`/store/cooperatives/${data.cooperative.handle}`, store.storeHeaders).catch(failed)).status).toBe(404)
      expect((await api.get(`/store/products/${listing.data.product.id}`, store.storeHeaders).catch(failed)).status).toBe(404)
      const { data: listed } = await api.get("/store/cooperatives", store.storeHeaders)
      expect(listed.cooperatives.map((cooperative: { id: string }) => cooperative.id)).not.toContain(data.cooperative.id)

      // Approval: the cooperative and its published product are public, the owner is told in French.
      const approved = await api.post(`/admin/cooperatives/${data.cooperative.id}/approve`, {}, adminHeaders)
      expect(approved.data.cooperative.status).toBe("approved")
      const page = await api.get(`/store/cooperatives/${data.cooperative.handle}`, store.storeHeaders)
      expect(page.data.products.map((product: { id: string }) => product.id)).toEqual([listing.data.product.id])
      expect((await api.get(`/store/products/${listing.data.product.id}`, store.storeHeaders)).status).toBe(200)
      // The product's publication is emailed too, in whichever order the two arrive.
      const { mail } = await sink.next(
        (email) => email.envelopeTo.includes("fatima@nahl.ma") && email.mail.subject === "Tadamon : votre coopérative est approuvée"
      )
      expect(mail.text).toContain("http://localhost:8000/fr/coop")
    })

    it("generates a free handle from the name, and refuses a second application (409)", async () => {
      const first = await applicant("one@coop.ma")
      const body = applicationBody({
        cooperative: { name_fr: "Coopérative Tin", name_en: null, sector: "crafts" },
        documents: [],
      })
      const { data } = await api.post("/vendor/applications", body, bearer(first.token))
      expect(data.cooperative.handle).toBe("cooperative-tin")

      const second = await applicant("two@coop.ma")
      const { data: other } = await api.post(
        "/vendor/applications",
        applicationBody({ cooperative: { name_fr: "Coopérative Tin", sector: "crafts" } }),
        bearer(second.token)
      )
      expect(other.cooperative.handle).toBe("cooperative-tin-2")

      const again = await api.post("/vendor/applications", applicationBody({ cooperative: { sector: "crafts" } }), bearer(first.token)).catch(failed)
      expect(again.status).toBe(409)
      const signedIn = await signIn(api, "one@coop.ma")
      expect((await api.post("/vendor/applications", applicationBody({ cooperative: { sector: "crafts" } }), signedIn).catch(failed)).status).toBe(409)

      const third = await applicant("three@coop.ma")
      const taken = await api
        .post("/vendor/applications", applicationBody({ cooperative: { sector: "crafts", legal_registration_number: body.cooperative.legal_registration_number } }), bearer(third.token))
        .catch(failed)
      expect(taken.status).toBe(409)
      expect(taken.data.message).toContain(body.cooperative.legal_registration_number)
      // The same number in other letters' case or spacing is the same cooperative.
      const registered = body.cooperative.legal_registration_number
      for (const spelled of [registered.toLowerCase(), ` ${registered.split("-").join(" - ")} `, registered.replace("-", "\u00a0-")]) {
        const again = await api
          .post("/vendor/applications", applicationBody({ cooperative: { sector: "crafts", legal_registration_number: spelled } }), bearer(third.token))
          .catch(failed)
        expect([spelled, again.status]).toEqual([spelled, 409])
      }
      const handleTaken = await api
        .post("/vendor/applications", applicationBody({ cooperative: { sector: "crafts", handle: "cooperative-tin" } }), bearer(third.token))
        .catch(failed)
      expect(handleTaken.status).toBe(409)
    })

    it("asks food cooperatives for their sanitary authorisation, naming the field in the request's language", async () => {
      const { token } = await applicant("miel@coop.ma")
      const refused = await api
        .post("/vendor/applications", applicationBody({ documents: [] }), { headers: { ...bearer(token).headers, "x-medusa-locale": "fr-MA" } })
        .catch(failed)
      expect(refused.status).toBe(400)
      expect(refused.data.errors).toEqual([
        {
          field: "documents",
          code: "sanitary_authorisation_required",
          message: "Les coopératives alimentaires joignent leur autorisation sanitaire (ONSSA) dans « Documents ».",
        },
      ])
    })

    it.each([
      [{ cooperative: { province: "casablanca" } }, "cooperative.province", "province_not_in_region"],
      [{ cooperative: { contact_phone: "123" } }, "cooperative.contact_phone", "invalid_phone"],
      [{ cooperative: { name: "  " } }, "cooperative.name", "required"],
      [{ cooperative: { women_member_count: 40 } }, "cooperative.women_member_count", "too_large"],
      [{ member: { first_name: "" } }, "member.first_name", "required"],
    ])("refuses %j naming %s", async (overrides, field, code) => {
      const { token, sanitary } = await applicant(`bad-${field}@coop.ma`)
      const body = applicationBody({
        ...overrides,
        documents: [{ type: "sanitary_authorisation", valid_until: inDays(30), file_url: sanitary }],
      })
      const refused = await api.post("/vendor/applications", body, bearer(token)).catch(failed)
      expect(refused.status).toBe(400)
      expect(refused.data.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, code })]))
      // Arabic by default.
      expect(refused.data.errors[0].message).toMatch(/[\u0600-\u06FF]/)
    })

    it("refuses documents that are past, undated or not uploaded here", async () => {
      const { token, sanitary } = await applicant("docs@coop.ma")
      const cases: Array<[Record<string, unknown>, string, string]> = [
        [{ valid_until: "2020-01-01" }, "documents.0.valid_until", "date_in_past"],
        [{ valid_until: null }, "documents.0.valid_until", "required"],
        [{ valid_until: "2030-02-31" }, "documents.0.valid_until", "invalid_date"],
        [{ file_url: "https://evil.example/onssa.pdf" }, "documents.0.file_url", "invalid_file_url"],
        [{ type: "passport" }, "documents.0.type", "invalid_value"],
      ]
      for (const [change, field, code] of cases) {
        const body = applicationBody({
          documents: [{ type: "sanitary_authorisation", valid_until: inDays(30), file_url: sanitary, ...change } as never],
        })
        const refused = await api.post("/vendor/applications", body, bearer(token)).catch(failed)
        expect({ status: refused.status, errors: refused.data.errors }).toEqual({ status: 400, errors: [expect.objectContaining({ field, code })] })
      }
      const service: CooperativeModuleService = getContainer().resolve(COOPERATIVE_MODULE)
      expect(await service.listCooperatives({})).toHaveLength(0)
    })

    it("takes only a registering member identity: 401 without a token or with a customer's", async () => {
      const body = applicationBody()
      expect((await api.post("/vendor/applications", body).catch(failed)).status).toBe(401)
      const customer = await signUpCustomer(api, store, "client@example.ma")
      expect((await api.post("/vendor/applications", body, { headers: customer.headers }).catch(failed)).status).toBe(401)
      expect((await api.post("/vendor/uploads", new FormData(), { headers: customer.headers }).catch(failed)).status).toBe(401)
    })

    it("rolls everything back when a late step fails: no cooperative, member, documents, nor bound identity", async () => {
      const container = getContainer()
      const { token, sanitary } = await applicant("rollback@coop.ma")
      const auth = container.resolve(Modules.AUTH)
      const [provider] = await auth.listProviderIdentities({ entity_id: "rollback@coop.ma" })

      const workflow = applyForCooperativeWorkflow(container)
      workflow.appendAction("fail-after-documents", "create-cooperative-documents", {
        invoke: async () => {
          throw new Error("The archive server is down")
        },
      })
      const { errors } = await workflow.run({
        input: {
          ...applicationBody({ documents: [{ type: "sanitary_authorisation", valid_until: inDays(30), file_url: sanitary }] }),
          locale: "ar",
          auth_identity_id: provider.auth_identity_id as string,
        },
        throwOnError: false,
      })
      expect(errors[0].error.message).toContain("archive server")

      const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
      expect(await service.listCooperatives({})).toHaveLength(0)
      expect(await service.listCooperativeMembers({})).toHaveLength(0)
      expect(await service.listCooperativeDocuments({})).toHaveLength(0)
      const identity = await auth.retrieveAuthIdentity(provider.auth_identity_id as string)
      expect(identity.app_metadata?.member_id ?? null).toBeNull()

      // The same identity can apply again afterwards.
      const { status } = await api.post(
        "/vendor/applications",
        applicationBody({ documents: [{ type: "sanitary_authorisation", valid_until: inDays(30), file_url: sanitary }] }),
        bearer(token)
      )
      expect(status).toBe(200)
    })
  },
})
