import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { StoreEdition, StoreEditionSummary } from "@tadamon/shared"
import { createCooperative, createStoreFixture, type StoreFixture } from "../../../fixtures/catalog"
import { failed } from "../../../fixtures/cooperative-portal"
import { createEdition, dayFromToday } from "../../../fixtures/market"
import type CooperativeModuleService from "../../../../src/modules/cooperative/service"
import { COOPERATIVE_MODULE } from "../../../../src/modules/cooperative"

jest.setTimeout(180 * 1000)


medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("/store/editions", () => {
      let store: StoreFixture
      let past: { id: string; handle: string }
      let open: { id: string; handle: string }
      let upcoming: { id: string; handle: string }
      let honey: { id: string; handle: string }
      let figs: { id: string; handle: string }

      beforeEach(async () => {
        const container = getContainer()
        store = await createStoreFixture(container)
        honey = await createCooperative(container, { handle: `honey-${Date.now()}` })
        figs = await createCooperative(container, { handle: `figs-${Date.now()}`, sector: "figs-dried-fruit" })
        const later = await createCooperative(container, { handle: `later-${Date.now()}` })
        past = await createEdition(container, { participants: [{ cooperative_id: honey.id, stand_number: "1" }] }, -40)
        open = await createEdition(
          container,
          {
            participants: [
              { cooperative_id: honey.id, stand_number: "10" },
              { cooperative_id: figs.id, stand_number: "2" },
              { cooperative_id: later.id, stand_number: "7" },
            ],
          },
          -3
        )
        upcoming = await createEdition(container, {}, 30)
        // A cooperative suspended after it was given a stand no longer shows.
        const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
        await cooperatives.updateCooperatives({ id: later.id, status: "suspended" })
      })

      it("lists editions newest first, with their status today, filtered by status", async () => {
        const { data } = await api.get("/store/editions", store.storeHeaders)
        expect(data.editions.map((edition: StoreEditionSummary) => [edition.handle, edition.status, edition.participant_count])).toEqual([
          [upcoming.handle, "upcoming", 0],
          [open.handle, "open", 2],
          [past.handle, "closed", 1],
        ])
        for (const [status, handle] of [
          ["upcoming", upcoming.handle],
          ["open", open.handle],
          ["closed", past.handle],
        ]) {
          const filtered = await api.get(`/store/editions?status=${status}`, store.storeHeaders)
          expect(filtered.data.editions.map((edition: StoreEditionSummary) => edition.handle)).toEqual([handle])
        }
        const bad = await api.get("/store/editions?status=soon&locale=fr-MA", store.storeHeaders).catch(failed)
        expect(bad.status).toBe(400)
        expect(bad.data.errors[0]).toEqual(expect.objectContaining({ field: "status", code: "invalid_value" }))
        expect(bad.data.errors[0].message).toContain("Statut")
        expect((await api.get("/store/editions").catch(failed)).status).toBe(400)
      })

      it("speaks the reader's language, Arabic by default", async () => {
        const arabic = await api.get("/store/editions?status=open", store.storeHeaders)
        expect(arabic.data.editions[0]).toEqual(
          expect.objectContaining({ name: expect.stringMatching(/^السوق المتنقل/), venue: "بجانب المسجد الأعظم", province: "taounate" })
        )
        const french = await api.get("/store/editions?status=open&locale=fr-MA", store.storeHeaders)
        expect(french.data.editions[0]).toEqual(
          expect.objectContaining({ name: expect.stringMatching(/^Marché itinérant/), venue: "À côté de la Grande Mosquée" })
        )
        const english = await api.get(`/store/editions/${open.handle}`, {
          headers: { ...store.storeHeaders.headers, "x-medusa-locale": "en-US" },
        })
        expect(english.data.edition.name).toMatch(/^Mobile market/)
        expect(english.data.edition.program.map((item: { title: string }) => item.title)).toEqual([
          "Herb distilling workshop",
          "Solidarity economy seminar",
        ])
      })

      it("shows one edition with its program and the stands of approved cooperatives; 404 for an unknown handle", async () => {
        const { data } = await api.get(`/store/editions/${open.handle}?locale=fr-MA`, store.storeHeaders)
        const edition: StoreEdition = data.edition
        expect(edition).toEqual(
          expect.objectContaining({
            id: open.id,
            handle: open.handle,
            status: "open",
            starts_on: dayFromToday(-3),
            ends_on: dayFromToday(4),
            participant_count: 2,
          })
        )
        expect(edition.participants).toEqual([
          {
            stand_number: "2",
            cooperative: expect.objectContaining({ id: figs.id, handle: figs.handle, name: expect.stringMatching(/^Coopérative test/), sector: "figs-dried-fruit" }),
          },
          { stand_number: "10", cooperative: expect.objectContaining({ id: honey.id, province: "taounate" }) },
        ])
        expect(edition.participants[0].cooperative).not.toHaveProperty("status")
        expect(edition.program.map((item) => [item.day, item.starts_at, item.ends_at, item.kind, item.title])).toEqual([
          [dayFromToday(-3), "10:00", null, "workshop", "Atelier de distillation"],
          [dayFromToday(-3), "16:00", "18:00", "seminar", "Séminaire sur l'économie solidaire"],
        ])
        expect((await api.get("/store/editions/no-such-market", store.storeHeaders).catch(failed)).status).toBe(404)
      })
    })
  },
})
