import { createServer, type Server } from "node:http"
import { ContainerRegistrationKeys, generateJwtToken, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { AdminEdition } from "@tadamon/shared"
import { MARKET_MODULE } from "../../../../src/modules/market"
import type MarketModuleService from "../../../../src/modules/market/service"
import { updateEditionWorkflow } from "../../../../src/workflows/market/update-edition"
import { createOrganizer } from "../../../fixtures/admin"
import { createCooperative } from "../../../fixtures/catalog"
import { failed, type Headers } from "../../../fixtures/cooperative-portal"
import { dayFromToday, editionInput } from "../../../fixtures/market"
import { createMember } from "../../../fixtures/member"
import { serveStorefrontStandIn } from "../../../fixtures/storefront-stand-in"

jest.setTimeout(180 * 1000)

/** A stand-in for the storefront's `POST /api/revalidate`: the tags each call asked to expire. */
const revalidated: string[][] = []
const waiters: Array<() => void> = []
const storefront: Server = createServer((req, res) => {
  let body = ""
  req.on("data", (chunk) => (body += chunk))
  req.on("end", () => {
    revalidated.push(JSON.parse(body).tags)
    waiters.splice(0).forEach((wake) => wake())
    res.writeHead(200).end("{}")
  })
})
serveStorefrontStandIn(storefront)

/** Waits for the storefront to be told to expire these tags (the subscriber runs after the response). */
async function revalidation(tags: string[]): Promise<void> {
  while (!revalidated.some((call) => call.join() === tags.join())) {
    await new Promise<void>((resolve) => waiters.push(resolve))
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("/admin/editions", () => {
      let adminHeaders: Headers
      let honey: { id: string; handle: string }
      let figs: { id: string; handle: string }
      let pending: { id: string; handle: string }

      beforeEach(async () => {
        const container = getContainer()
        ;({ adminHeaders } = await createOrganizer(container, `organizer-${Date.now()}@tadamon.test`))
        honey = await createCooperative(container, { handle: `honey-${Date.now()}` })
        figs = await createCooperative(container, { handle: `figs-${Date.now()}`, sector: "figs-dried-fruit" })
        pending = await createCooperative(container, { handle: `pending-${Date.now()}`, status: "pending" })
      })

      async function create(overrides = {}, startsIn = 10): Promise<AdminEdition> {
        const body = editionInput(
          { participants: [{ cooperative_id: honey.id, stand_number: "12" }, { cooperative_id: figs.id, stand_number: "3" }], ...overrides },
          startsIn
        )
        const { data } = await api.post("/admin/editions", body, adminHeaders)
        return data.edition
      }

      it("creates an edition with its stands and program, in three languages, and lists it with its status", async () => {
        const edition = await create()
        expect(edition).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^medi_/),
            province: "taounate",
            status: "upcoming",
            participant_count: 2,
            name: expect.objectContaining({ fr: expect.stringMatching(/^Marché itinérant/), en: expect.stringMatching(/^Mobile market/) }),
            venue: { ar: "بجانب المسجد الأعظم", fr: "À côté de la Grande Mosquée", en: "Beside the Great Mosque" },
          })
        )
        // Stands by number as people read them, program by day and time.
        expect(edition.participants.map((participant) => [participant.stand_number, participant.cooperative.handle])).toEqual([
          ["3", figs.handle],
          ["12", honey.handle],
        ])
        expect(edition.program.map((item) => [item.starts_at, item.kind, item.title.fr])).toEqual([
          ["10:00", "workshop", "Atelier de distillation"],
          ["16:00", "seminar", "Séminaire sur l'économie solidaire"],
        ])

        const { data: read } = await api.get(`/admin/editions/${edition.id}`, adminHeaders)
        expect(read.edition).toEqual(edition)

        const older = await create({ starts_on: dayFromToday(-30) }, -30)
        const { data: list } = await api.get("/admin/editions", adminHeaders)
        expect(list.count).toBe(2)
        expect(list.editions.map((found: AdminEdition) => [found.id, found.status])).toEqual([
          [edition.id, "upcoming"],
          [older.id, "closed"],
        ])
        const { data: config } = await api.get("/admin/editions/config", adminHeaders)
        expect(config.storefront_url).toMatch(/^https?:\/\//)
      })

      it("updates an edition, replacing its stands and program at once; the status follows the dates", async () => {
        const edition = await create()
        const { data } = await api.post(
          `/admin/editions/${edition.id}`,
          {
            name: { ar: "السوق المتنقل – تاونات", fr: "Marché itinérant – Taounate", en: "Mobile market – Taounate" },
            starts_on: dayFromToday(-2),
            ends_on: dayFromToday(3),
            participants: [{ cooperative_id: honey.id, stand_number: "A1" }],
            program: [
              {
                kind: "performance",
                title: { ar: "عرض فني", fr: "Spectacle", en: "Performance" },
                day: dayFromToday(0),
                starts_at: "20:00",
              },
            ],
          },
          adminHeaders
        )
        expect(data.edition).toEqual(
          expect.objectContaining({
            handle: edition.handle,
            status: "open",
            name: { ar: "السوق المتنقل – تاونات", fr: "Marché itinérant – Taounate", en: "Mobile market – Taounate" },
            venue: edition.venue,
            participant_count: 1,
            participants: [expect.objectContaining({ stand_number: "A1", cooperative: expect.objectContaining({ id: honey.id }) })],
            program: [expect.objectContaining({ kind: "performance", ends_at: null, title: { ar: "عرض فني", fr: "Spectacle", en: "Performance" } })],
          })
        )
        // The replaced program items and their translations are gone.
        const container = getContainer()
        const market: MarketModuleService = container.resolve(MARKET_MODULE)
        expect(await market.listProgramItems({ edition_id: edition.id })).toHaveLength(1)
        const stale = await container.resolve(Modules.TRANSLATION).listTranslations({ reference_id: edition.program.map((item) => item.id) })
        expect(stale).toHaveLength(0)

        const closed = await api.post(`/admin/editions/${edition.id}`, { starts_on: dayFromToday(-9), ends_on: dayFromToday(-1), program: [] }, adminHeaders)
        expect(closed.data.edition.status).toBe("closed")
        expect(closed.data.edition.participant_count).toBe(1)
        // The storefront's cached edition reads expire.
        await revalidation(["editions", `edition:${edition.handle}`])
      })

      it("refuses bad input with a 400 naming each field, in the organizer's language, and writes nothing", async () => {
        const existing = await create()
        const cases: [unknown, string, string][] = [
          [editionInput({ name: undefined }), "name.ar", "required"],
          [editionInput({ province: "atlantis" }), "province", "unknown_province"],
          [editionInput({ starts_on: "2026-02-30" }), "starts_on", "invalid_date"],
          [editionInput({ starts_on: dayFromToday(20), ends_on: dayFromToday(19), program: [] }), "starts_on", "period_reversed"],
          [editionInput({ handle: existing.handle }), "handle", "already_taken"],
          [editionInput({ handle: "Not A Handle" }), "handle", "invalid_value"],
          [
            editionInput({ participants: [{ cooperative_id: honey.id, stand_number: "1" }, { cooperative_id: figs.id, stand_number: "1" }] }),
            "participants.1.stand_number",
            "duplicate_value",
          ],
          [
            editionInput({ participants: [{ cooperative_id: honey.id, stand_number: "1" }, { cooperative_id: honey.id, stand_number: "2" }] }),
            "participants.1.cooperative_id",
            "duplicate_value",
          ],
          [editionInput({ participants: [{ cooperative_id: pending.id, stand_number: "1" }] }), "participants.0.cooperative_id", "cooperative_not_approved"],
          [
            editionInput({ program: [{ kind: "workshop", title: { ar: "ورشة", fr: "Atelier", en: "Workshop" }, day: dayFromToday(10), starts_at: "25:00" }] }),
            "program.0.starts_at",
            "invalid_value",
          ],
          [
            editionInput({
              program: [{ kind: "workshop", title: { ar: "ورشة", fr: "Atelier", en: "Workshop" }, day: dayFromToday(10), starts_at: "10:00", ends_at: "09:00" }],
            }),
            "program.0.ends_at",
            "invalid_value",
          ],
          [
            editionInput({ program: [{ kind: "workshop", title: { ar: "ورشة", fr: "Atelier", en: "Workshop" }, day: dayFromToday(40), starts_at: "10:00" }] }),
            "program.0.day",
            "day_outside_edition",
          ],
          [
            editionInput({ program: [{ kind: "workshop", title: { ar: "ورشة", fr: "", en: "Workshop" }, day: dayFromToday(10), starts_at: "10:00" }] }),
            "program.0.title.fr",
            "required",
          ],
        ]
        for (const [body, field, code] of cases) {
          const response = await api.post("/admin/editions?locale=fr", body, adminHeaders).catch(failed)
          expect({ field, status: response.status }).toEqual({ field, status: 400 })
          expect(response.data.errors[0]).toEqual(expect.objectContaining({ field, code }))
        }
        const french = await api.post("/admin/editions?locale=fr", editionInput({ name: undefined }), adminHeaders).catch(failed)
        expect(french.data.errors.map((error: { field: string }) => error.field)).toEqual(["name.ar", "name.fr", "name.en"])
        expect(french.data.errors[1].message).toBe("Le champ « Nom en français » est obligatoire.")

        const moved = await api.post(`/admin/editions/${existing.id}`, { ends_on: dayFromToday(12) }, adminHeaders).catch(failed)
        expect(moved.status).toBe(200)
        const shrunk = await api.post(`/admin/editions/${existing.id}`, { starts_on: dayFromToday(11) }, adminHeaders).catch(failed)
        expect(shrunk.data.errors[0]).toEqual(expect.objectContaining({ field: "program", code: "day_outside_edition" }))
        const unknownKey = await api.post(`/admin/editions/${existing.id}`, { status: "open" }, adminHeaders).catch(failed)
        expect(unknownKey.data.errors[0]).toEqual(expect.objectContaining({ field: "status", code: "invalid_value" }))

        const { data } = await api.get("/admin/editions", adminHeaders)
        expect(data.count).toBe(1)
        expect(data.editions[0].starts_on).toBe(existing.starts_on)
      })

      it("deletes an edition (its handle is free again) and answers 404 for unknown ones", async () => {
        const edition = await create()
        const { data } = await api.delete(`/admin/editions/${edition.id}`, adminHeaders)
        expect(data).toEqual({ id: edition.id, object: "edition", deleted: true })
        expect((await api.get(`/admin/editions/${edition.id}`, adminHeaders).catch(failed)).status).toBe(404)
        expect((await api.delete(`/admin/editions/${edition.id}`, adminHeaders).catch(failed)).status).toBe(404)
        expect((await api.post(`/admin/editions/medi_nope`, { province: "fes" }, adminHeaders).catch(failed)).status).toBe(404)
        const again = await create({ handle: edition.handle })
        expect(again.handle).toBe(edition.handle)
      })

      it("lets only organizers in: no session, a customer or a cooperative member get 401", async () => {
        const container = getContainer()
        const edition = await create()
        const { projectConfig } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
        const customerToken = generateJwtToken(
          { actor_id: "cus_test", actor_type: "customer", auth_identity_id: "authid_test", app_metadata: { customer_id: "cus_test" } },
          { secret: projectConfig.http.jwtSecret, expiresIn: "1d" }
        )
        const { headers: memberHeaders } = await createMember(container, honey.id)
        for (const headers of [{}, { authorization: `Bearer ${customerToken}` }, memberHeaders.headers]) {
          const config = { headers }
          const attempts = [
            api.get("/admin/editions", config),
            api.post("/admin/editions", editionInput(), config),
            api.get(`/admin/editions/${edition.id}`, config),
            api.post(`/admin/editions/${edition.id}`, { province: "fes" }, config),
            api.delete(`/admin/editions/${edition.id}`, config),
            api.get("/admin/editions/config", config),
          ]
          for (const attempt of attempts) {
            expect((await attempt.catch(failed)).status).toBe(401)
          }
        }
        const { data } = await api.get(`/admin/editions/${edition.id}`, adminHeaders)
        expect(data.edition).toEqual(edition)
      })

      it("rolls an update back when a late step fails: fields, stands, program and translations as before", async () => {
        const container = getContainer()
        const edition = await create()
        const workflow = updateEditionWorkflow(container)
        workflow.appendAction("fail-after-translations", "batch-translations-as-step", {
          invoke: async () => {
            throw new Error("Injected failure")
          },
        })
        const { errors } = await workflow.run({
          input: {
            id: edition.id,
            name: { ar: "اسم جديد", fr: "Nouveau nom", en: "New name" },
            starts_on: dayFromToday(5),
            participants: [{ cooperative_id: figs.id, stand_number: "99" }],
            program: [{ kind: "other", title: { ar: "لقاء", fr: "Rencontre", en: "Meeting" }, day: dayFromToday(6), starts_at: "11:00" }],
          },
          throwOnError: false,
        })
        expect(errors[0].error.message).toBe("Injected failure")
        const { data } = await api.get(`/admin/editions/${edition.id}`, adminHeaders)
        expect(data.edition).toEqual(edition)
      })
    })
  },
})
