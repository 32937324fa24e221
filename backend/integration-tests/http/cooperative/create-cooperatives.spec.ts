import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { createCooperativesWorkflow } from "../../../src/workflows/onboarding/create-cooperatives"
import { COOPERATIVE_MODULE } from "../../../src/modules/cooperative"
import type CooperativeModuleService from "../../../src/modules/cooperative/service"
import { cooperativeInput, createCooperative, createStoreFixture } from "../../fixtures/catalog"
import { setUpCooperativeShippingWorkflow } from "../../../src/workflows/onboarding/set-up-cooperative-shipping"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    describe("createCooperativesWorkflow", () => {
      it("stores the phone normalized to +212 and the translations", async () => {
        const container = getContainer()
        const cooperative = await createCooperative(container, { contact_phone: "06 61 23 45 67" })
        expect(cooperative.contact_phone).toBe("+212661234567")
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [french],
        } = await query.graph(
          { entity: "cooperative", fields: ["id", "story", "name"], filters: { id: cooperative.id } },
          { locale: "fr-MA" }
        )
        expect(french.story).toBe("L'histoire de la coopérative")
      })

      it.each([
        [{ contact_phone: "+33612345678" }, "contact_phone"],
        [{ province: "taounate", region: "01" }, "province"],
        [{ member_count: 5, women_member_count: 9 }, "women_member_count"],
        [{ founding_year: 1800 }, "founding_year"],
      ])("refuses %j naming %s, and writes nothing", async (overrides, field) => {
        const container = getContainer()
        const { errors } = await createCooperativesWorkflow(container).run({
          input: { cooperatives: [cooperativeInput({ handle: "refused" }), cooperativeInput(overrides)] },
          throwOnError: false,
        })
        expect(errors[0].error.message).toContain(field)
        const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
        expect(await service.listCooperatives({})).toHaveLength(0)
      })

      it("rolls the cooperatives back when a later step fails", async () => {
        const container = getContainer()
        await createCooperative(container, { handle: "taken", legal_registration_number: "DUP-1" })
        const { errors } = await createCooperativesWorkflow(container).run({
          input: {
            cooperatives: [
              cooperativeInput({ handle: "fresh", legal_registration_number: "NEW-1" }),
              cooperativeInput({ handle: "taken-again", legal_registration_number: "DUP-1" }),
            ],
          },
          throwOnError: false,
        })
        expect(errors).toHaveLength(1)
        const service: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
        const handles = (await service.listCooperatives({})).map((c) => c.handle)
        expect(handles).toEqual(["taken"])
      })
    })

    describe("creating a product for a cooperative", () => {
      it("links it, and creates nothing when the cooperative does not exist", async () => {
        const container = getContainer()
        const store = await createStoreFixture(container)
        const cooperative = await createCooperative(container)
        const product = (handle: string, cooperative_id: string) => ({
          input: {
            products: [
              {
                title: handle,
                handle,
                status: "published" as const,
                sales_channels: [{ id: store.salesChannelId }],
                options: [{ title: "Size", values: ["One"] }],
                variants: [{ title: "One", options: { Size: "One" }, prices: [{ amount: 10, currency_code: "mad" }] }],
              },
            ],
            additional_data: { cooperative_id },
          },
        })

        await createProductsWorkflow(container).run(product("linked", cooperative.id))
        const { errors } = await createProductsWorkflow(container).run({
          ...product("orphan", "coop_missing"),
          throwOnError: false,
        })
        expect(errors[0].error.message).toContain("cooperative_id")

        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "product", fields: ["handle", "cooperative.id"] })
        expect(data.map((p) => p.handle)).toEqual(["linked"])
        expect(data[0].cooperative?.id).toBe(cooperative.id)
      })
    })

    describe("a product created for a cooperative with its shipping set up", () => {
      it("ships with the cooperative's own shipping profile", async () => {
        const container = getContainer()
        const store = await createStoreFixture(container)
        const cooperative = await createCooperative(container)
        const { result: shipping } = await setUpCooperativeShippingWorkflow(container).run({
          input: { cooperative_id: cooperative.id, sales_channel_id: store.salesChannelId },
        })
        const {
          result: [product],
        } = await createProductsWorkflow(container).run({
          input: {
            products: [
              {
                title: "Amlou",
                status: "published" as const,
                options: [{ title: "Size", values: ["One"] }],
                variants: [{ title: "One", options: { Size: "One" }, prices: [{ amount: 60, currency_code: "mad" }] }],
              },
            ],
            additional_data: { cooperative_id: cooperative.id },
          },
        })
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "product", fields: ["shipping_profile.id"], filters: { id: product.id } })
        expect(data[0].shipping_profile?.id).toBe(shipping.shipping_profile_id)
      })
    })
  },
})
