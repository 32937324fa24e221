import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProductCategoriesWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ATTRIBUTION_METADATA_KEY, moroccanDay, type Attribution, type StoreOrderGroup } from "@tadamon/shared"
import { createOrganizer } from "../../../fixtures/admin"
import { createStoreFixture, type StoreFixture } from "../../../fixtures/catalog"
import { chooseShipping, createCart, createShop, payCashOnDelivery, registerCustomer, type Shop } from "../../../fixtures/checkout"
import { createMember } from "../../../fixtures/member"
import { MARKET_MODULE } from "../../../../src/modules/market"
import type MarketModuleService from "../../../../src/modules/market/service"
import type { AdminSalesReportResponse, SalesFigures } from "../../../../src/api/admin/reports/types"
import type { Json } from "../../../fixtures/http"

jest.setTimeout(240 * 1000)

type Answer = { status: number; data: Json; headers?: Record<string, string> }
type Headers = { headers: Record<string, string> }
const answer = (request: Promise<Answer>): Promise<Answer> =>
  request.catch((error: { response?: Answer }) => {
    if (!error.response) {
      throw error
    }
    return error.response
  })

const DAY_MS = 24 * 60 * 60 * 1000
const shiftDay = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10)
const figures = (orders: number, units: number, revenue: number, cash_collected = 0, cancelled_orders = 0): SalesFigures => ({
  orders,
  units,
  revenue,
  cash_collected,
  cancelled_orders,
})
const NONE = figures(0, 0, 0)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    // One set of orders for every test (the runner snapshots the database after beforeAll).
    const today = moroccanDay()
    const period = `from=${shiftDay(today, -1)}&to=${shiftDay(today, 1)}`
    let store: StoreFixture
    let adminHeaders: Headers
    let customerHeaders: Headers
    let nahl: Shop
    let tin: Shop
    let honeyCategoryId: string
    let editions: Record<"taounate" | "fes", { id: string; handle: string }>
    let groups: Record<"stand" | "page" | "unknown" | "cancelled" | "signedIn", StoreOrderGroup>

    const orderCart = async (
      lines: Array<{ variant_id: string; quantity: number }>,
      attribution: Partial<Attribution> | null,
      signIn = false
    ): Promise<StoreOrderGroup> => {
      const cartId = await createCart(api, store, lines)
      if (attribution) {
        await api.post(`/store/carts/${cartId}`, { metadata: { [ATTRIBUTION_METADATA_KEY]: attribution } }, store.storeHeaders)
      }
      let headers: Headers = store.storeHeaders
      if (signIn) {
        customerHeaders = await registerCustomer(api, store, "signed-in@example.ma")
        headers = customerHeaders
        const merged = await api.post("/store/customers/me/cart", { cart_id: cartId }, headers)
        expect(merged.data.cart).toEqual({ id: cartId })
      }
      await chooseShipping(api, store, cartId)
      await payCashOnDelivery(api, store, cartId)
      const completed = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
      return completed.data.order_group
    }

    beforeAll(async () => {
      const container = getContainer()
      store = await createStoreFixture(container)
      adminHeaders = (await createOrganizer(container)).adminHeaders
      nahl = await createShop(container, store, { handle: "nahl", name: "تعاونية النحل", sector: "honey" }, [
        { handle: "thyme-honey", price: 100, stock: 20 },
      ])
      tin = await createShop(container, store, { handle: "tin", name: "تعاونية التين", sector: "figs-dried-fruit" }, [
        { handle: "dried-figs", price: 40, stock: 20 },
      ])
      const {
        result: [honeyCategory],
      } = await createProductCategoriesWorkflow(container).run({
        input: { product_categories: [{ name: "عسل", handle: "honey", is_active: true }] },
      })
      honeyCategoryId = honeyCategory.id
      await updateProductsWorkflow(container).run({ input: { selector: { handle: "thyme-honey" }, update: { category_ids: [honeyCategoryId] } } })

      const market: MarketModuleService = container.resolve(MARKET_MODULE)
      // Both cooperatives have a stand at both editions (the server credits only participants).
      const edition = async (handle: string, starts_on: string, ends_on: string) => {
        const created = await market.createEditions({ handle, name: handle, venue: "ساحة المسجد الأعظم", province: "taounate", starts_on, ends_on })
        await market.createEditionParticipants([
          { edition_id: created.id, cooperative_id: nahl.cooperative.id, stand_number: "1" },
          { edition_id: created.id, cooperative_id: tin.cooperative.id, stand_number: "2" },
        ])
        return created
      }
      // Closed (within the 30 days after it in which it is still credited): today's orders came
      // "after" it. Open: today's orders came "during" it.
      editions = {
        taounate: await edition("taounate-2", shiftDay(today, -20), shiftDay(today, -13)),
        fes: await edition("fes-3", shiftDay(today, -3), shiftDay(today, 3)),
      }

      const honey = (quantity: number) => ({ variant_id: nahl.variants["thyme-honey"], quantity })
      const figs = (quantity: number) => ({ variant_id: tin.variants["dried-figs"], quantity })
      const at = new Date().toISOString()
      groups = {
        stand: await orderCart([honey(2)], { edition: "taounate-2", channel: "stand_qr", cooperative: "nahl", at }),
        page: await orderCart([honey(1), figs(3)], { edition: "fes-3", channel: "edition_page", at }),
        unknown: await orderCart([figs(1)], { edition: "no-such-edition", channel: "stand_qr", cooperative: "nahl", at }),
        cancelled: await orderCart([figs(2)], null),
        signedIn: await orderCart([honey(1)], { edition: "fes-3", channel: "stand_qr", cooperative: "nahl", at }, true),
      }

      // The stand order is delivered by the cooperative, then organizers confirm its cash (Amana's remittance).
      const standOrderId = groups.stand.orders[0].id
      const { headers: nahlMember } = await createMember(container, nahl.cooperative.id)
      const steps: Array<[string, object]> = [["accept", {}], ["prepare", {}], ["ship", { carrier: "Amana", tracking_number: "RR100200300MA" }], ["deliver", {}]]
      for (const [step, body] of steps) {
        await api.post(`/vendor/orders/${standOrderId}/${step}`, body, nahlMember)
      }
      await api.post(`/admin/orders/${standOrderId}/cash-collected`, {}, adminHeaders)
      await api.post(`/admin/orders/${groups.cancelled.orders[0].id}/cancel`, {}, adminHeaders)
    })

    const report = async (groupBy: string): Promise<AdminSalesReportResponse> =>
      (await api.get(`/admin/reports/sales?${period}&group_by=${groupBy}`, adminHeaders)).data

    describe("attribution", () => {
      it("stores the edition, the channel and the stand's cooperative on the order group; unknown editions count as other", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "order_group",
          fields: ["id", "edition_id", "channel", "attributed_cooperative_id"],
          filters: { id: Object.values(groups).map((group) => group.id) },
        })
        const stored = (group: StoreOrderGroup) => {
          const { id: _id, ...attribution } = data.find((row) => row.id === group.id) as Record<string, unknown>
          return attribution
        }
        expect(stored(groups.stand)).toEqual({ edition_id: editions.taounate.id, channel: "stand_qr", attributed_cooperative_id: nahl.cooperative.id })
        expect(stored(groups.page)).toEqual({ edition_id: editions.fes.id, channel: "edition_page", attributed_cooperative_id: null })
        expect(stored(groups.unknown)).toEqual({ edition_id: null, channel: "other", attributed_cooperative_id: null })
        expect(stored(groups.cancelled)).toEqual({ edition_id: null, channel: "other", attributed_cooperative_id: null })
        // The guest cart's attribution survived the sign-in merge.
        expect(stored(groups.signedIn)).toEqual({ edition_id: editions.fes.id, channel: "stand_qr", attributed_cooperative_id: nahl.cooperative.id })
        expect(groups.signedIn.email).toBe("signed-in@example.ma")
      })

      it("counts an unknown channel, an unknown stand and a malformed attribution as other", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const honey = { variant_id: nahl.variants["thyme-honey"], quantity: 1 }
        const odd = await orderCart([honey], { edition: "FES-3", channel: "billboard" as Attribution["channel"], cooperative: "no-such-stand" })
        const cartId = await createCart(api, store, [honey])
        await api.post(`/store/carts/${cartId}`, { metadata: { [ATTRIBUTION_METADATA_KEY]: "fes-3" } }, store.storeHeaders)
        await chooseShipping(api, store, cartId)
        await payCashOnDelivery(api, store, cartId)
        const malformed: StoreOrderGroup = (await api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)).data.order_group
        const { data } = await query.graph({
          entity: "order_group",
          fields: ["id", "edition_id", "channel", "attributed_cooperative_id"],
          filters: { id: [odd.id, malformed.id] },
        })
        expect(data.find((row) => row.id === odd.id)).toEqual({ id: odd.id, edition_id: null, channel: "other", attributed_cooperative_id: null })
        expect(data.find((row) => row.id === malformed.id)).toEqual({ id: malformed.id, edition_id: null, channel: "other", attributed_cooperative_id: null })
      })
    })

    describe("GET /admin/reports/sales", () => {
      it("sums orders, units, revenue and cash collected per cooperative, with totals and a daily series", async () => {
        const byCooperative = await report("cooperative")
        expect(byCooperative.rows).toEqual([
          { key: nahl.cooperative.id, label: "تعاونية النحل", ...figures(3, 4, 400, 200) },
          { key: tin.cooperative.id, label: "تعاونية التين", ...figures(2, 4, 160, 0, 1) },
        ])
        expect(byCooperative).toEqual(
          expect.objectContaining({
            group_by: "cooperative",
            from: shiftDay(today, -1),
            to: shiftDay(today, 1),
            time_zone: "Africa/Casablanca",
            currency_code: "mad",
            totals: figures(5, 8, 560, 200, 1),
            series: [
              { day: shiftDay(today, -1), orders: 0, units: 0, revenue: 0 },
              { day: today, orders: 5, units: 8, revenue: 560 },
              { day: shiftDay(today, 1), orders: 0, units: 0, revenue: 0 },
            ],
          })
        )
        // A period without these orders.
        const earlier = (await api.get(`/admin/reports/sales?from=${shiftDay(today, -10)}&to=${shiftDay(today, -2)}`, adminHeaders)).data
        expect(earlier.rows).toEqual([])
        expect(earlier.totals).toEqual(NONE)
        expect(earlier.series).toHaveLength(9)
      })

      it("splits an edition's sales into during the fair and after it closed", async () => {
        const byEdition = await report("edition")
        expect(byEdition.rows).toEqual([
          {
            key: editions.fes.id,
            label: "fes-3",
            edition: { handle: "fes-3", starts_on: shiftDay(today, -3), ends_on: shiftDay(today, 3) },
            ...figures(3, 5, 320),
            before: NONE,
            during: figures(3, 5, 320),
            after: NONE,
          },
          {
            key: editions.taounate.id,
            label: "taounate-2",
            edition: { handle: "taounate-2", starts_on: shiftDay(today, -20), ends_on: shiftDay(today, -13) },
            ...figures(1, 2, 200, 200),
            before: NONE,
            during: NONE,
            after: figures(1, 2, 200, 200),
          },
          { key: null, label: null, edition: null, ...figures(1, 1, 40, 0, 1), before: NONE, during: NONE, after: NONE },
        ])
        expect(byEdition.totals).toEqual(figures(5, 8, 560, 200, 1))
      })

      it("groups by channel (every channel listed) and by category (uncategorized last)", async () => {
        expect((await report("channel")).rows).toEqual([
          { key: "stand_qr", label: "stand_qr", ...figures(2, 3, 300, 200) },
          { key: "edition_page", label: "edition_page", ...figures(2, 4, 220) },
          { key: "other", label: "other", ...figures(1, 1, 40, 0, 1) },
        ])
        expect((await report("category")).rows).toEqual([
          { key: honeyCategoryId, label: "عسل", ...figures(3, 4, 400, 200) },
          { key: null, label: null, ...figures(2, 4, 160, 0, 1) },
        ])
      })

      it("exports the rows as CSV for Excel", async () => {
        const download = (groupBy: string) =>
          api.get(`/admin/reports/sales/export.csv?${period}&group_by=${groupBy}`, { ...adminHeaders, responseType: "arraybuffer" })
        const csv = await download("cooperative")
        expect(csv.headers?.["content-type"]).toContain("text/csv")
        expect(csv.headers?.["content-disposition"]).toBe(
          `attachment; filename="tadamon-sales-cooperative-${shiftDay(today, -1)}-${shiftDay(today, 1)}.csv"`
        )
        expect(Buffer.from(csv.data).toString("utf8")).toBe(
          "\uFEFFcooperative,name,orders,units,revenue,cash_collected,cancelled_orders,currency\r\n" +
            `${nahl.cooperative.id},تعاونية النحل,3,4,400.00,200.00,0,MAD\r\n` +
            `${tin.cooperative.id},تعاونية التين,2,4,160.00,0.00,1,MAD\r\n`
        )
        const byEdition = Buffer.from((await download("edition")).data).toString("utf8")
        const [header, fes] = byEdition.replace("\uFEFF", "").split("\r\n")
        expect(header.split(",")).toEqual([
          "edition", "name", "orders", "units", "revenue", "cash_collected", "cancelled_orders", "starts_on", "ends_on",
          ...["before", "during", "after"].flatMap((phase) =>
            ["orders", "units", "revenue", "cash_collected", "cancelled_orders"].map((field) => `${phase}_${field}`)
          ),
          "currency",
        ])
        expect(fes).toBe(
          `${editions.fes.id},fes-3,3,5,320.00,0.00,0,${shiftDay(today, -3)},${shiftDay(today, 3)},0,0,0.00,0.00,0,3,5,320.00,0.00,0,0,0,0.00,0.00,0,MAD`
        )
      })

      it("answers bad parameters with 400 naming the field", async () => {
        const cases: Array<[string, string]> = [
          ["from=2026-13-01", "from"],
          ["from=yesterday", "from"],
          ["to=2026-02-30", "to"],
          ["group_by=product", "group_by"],
          [`from=${today}&to=${shiftDay(today, -1)}`, "from"],
          [`from=2020-01-01&to=${today}`, "from"],
        ]
        for (const [params, field] of cases) {
          for (const path of ["/admin/reports/sales", "/admin/reports/sales/export.csv"]) {
            const response = await answer(api.get(`${path}?${params}`, adminHeaders))
            expect({ path, params, status: response.status }).toEqual({ path, params, status: 400 })
            expect(response.data.errors.map((error: { field: string }) => error.field)).toEqual([field])
          }
        }
      })

      it("is for organizers only: anonymous callers, customers and members get 401", async () => {
        const { headers: member } = await createMember(getContainer(), nahl.cooperative.id)
        for (const headers of [undefined, customerHeaders, member]) {
          const responses = await Promise.all([
            answer(api.get(`/admin/reports/sales?${period}`, headers)),
            answer(api.get(`/admin/reports/sales/export.csv?${period}`, headers)),
          ])
          expect(responses.map((response) => response.status)).toEqual([401, 401])
        }
      })
    })
  },
})
