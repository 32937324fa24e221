import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { StoreOrderGroup } from "@tadamon/shared"
import { COOPERATIVE_MODULE } from "../../../../src/modules/cooperative"
import type CooperativeModuleService from "../../../../src/modules/cooperative/service"
import { registerCustomer } from "../../../fixtures/checkout"
import { createMember } from "../../../fixtures/member"
import { act, answer, createMarket, orderOf, placeCodOrder, type Headers, type Market } from "./fixtures"

jest.setTimeout(240 * 1000)

/** Every route and verb this part of the portal adds, with a valid body. */
const READS = (orderId: string) => [
  "/vendor/orders",
  `/vendor/orders/${orderId}`,
  "/vendor/earnings",
  "/vendor/earnings/export.csv",
  "/vendor/earnings/series",
]
const WRITES = (orderId: string): Array<[string, unknown]> => [
  [`/vendor/orders/${orderId}/accept`, {}],
  [`/vendor/orders/${orderId}/prepare`, {}],
  [`/vendor/orders/${orderId}/ship`, { carrier: "Amana", tracking_number: "RR1" }],
  [`/vendor/orders/${orderId}/deliver`, {}],
  [`/vendor/orders/${orderId}/cash-collected`, {}],
  [`/vendor/orders/${orderId}/cancel`, { reason: "No stock left" }],
]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Market
    let group: StoreOrderGroup

    beforeEach(async () => {
      market = await createMarket(getContainer())
      group = await placeCodOrder(api, market)
    })

    const statuses = async (headers: Headers | undefined, orderId: string) => ({
      reads: await Promise.all(READS(orderId).map(async (url) => [url, (await answer(api.get(url, headers))).status])),
      writes: await Promise.all(WRITES(orderId).map(async ([url, body]) => [url, (await answer(api.post(url, body, headers))).status])),
    })
    const all = (urls: Array<[string, unknown]> | string[], status: number) =>
      urls.map((entry) => [Array.isArray(entry) ? entry[0] : entry, status])

    it("answers 401 to every route without a member session, and to a customer's token", async () => {
      const orderId = orderOf(group, "nahl").id
      const customer = await registerCustomer(api, market.store, "customer@example.ma")
      for (const headers of [undefined, customer, { headers: { authorization: "Bearer not-a-token" } }]) {
        expect(await statuses(headers, orderId)).toEqual({ reads: all(READS(orderId), 401), writes: all(WRITES(orderId), 401) })
      }
    })

    it("hides another cooperative's order: 404 for reading it and for every action on it", async () => {
      const figsOrderId = orderOf(group, "tin").id
      const { reads, writes } = await statuses(market.honeyOwner, figsOrderId)
      expect(reads).toEqual([
        ["/vendor/orders", 200],
        [`/vendor/orders/${figsOrderId}`, 404],
        ["/vendor/earnings", 200],
        ["/vendor/earnings/export.csv", 200],
        ["/vendor/earnings/series", 200],
      ])
      expect(writes).toEqual(all(WRITES(figsOrderId), 404))
      const list = (await api.get("/vendor/orders", market.honeyOwner)).data
      expect(list.orders.map((order: { id: string }) => order.id)).toEqual([orderOf(group, "nahl").id])
      // Nothing happened to the figs order.
      const figs = (await api.get(`/vendor/orders/${figsOrderId}`, market.figsOwner)).data.order
      expect(figs.progress.status).toBe("placed")
      expect(figs.progress.history).toHaveLength(1)
      // An unknown id is as unknown as another cooperative's.
      expect((await answer(api.get("/vendor/orders/order_does_not_exist", market.honeyOwner))).status).toBe(404)
    })

    it("lets a plain member (not only the owner) work the orders", async () => {
      const { headers } = await createMember(getContainer(), market.honey.cooperative.id, { role: "member" })
      const order = await act(api, headers, orderOf(group, "nahl").id, "accept")
      expect(order.progress.status).toBe("accepted")
    })

    it("lets a suspended cooperative read its orders and earnings but change nothing (403)", async () => {
      const orderId = orderOf(group, "nahl").id
      const cooperatives: CooperativeModuleService = getContainer().resolve(COOPERATIVE_MODULE)
      await cooperatives.updateCooperatives({ id: market.honey.cooperative.id, status: "suspended", status_reason: "Documents expired" })
      expect(await statuses(market.honeyOwner, orderId)).toEqual({ reads: all(READS(orderId), 200), writes: all(WRITES(orderId), 403) })
      const detail = (await api.get(`/vendor/orders/${orderId}`, market.honeyOwner)).data.order
      expect(detail.progress.status).toBe("placed")
    })

    it("refuses bad fields with 400 naming the field", async () => {
      const orderId = orderOf(group, "nahl").id
      await act(api, market.honeyOwner, orderId, "accept")
      await act(api, market.honeyOwner, orderId, "prepare")
      const cases: Array<[Promise<{ status: number; data: { message: string; errors?: Array<{ field: string; message: string }> } }>, string]> = [
        [answer(api.post(`/vendor/orders/${orderId}/ship`, { tracking_number: "RR1" }, market.honeyOwner)), "carrier"],
        [answer(api.post(`/vendor/orders/${orderId}/ship`, { carrier: "Amana", tracking_number: "" }, market.honeyOwner)), "tracking_number"],
        [
          answer(api.post(`/vendor/orders/${orderId}/ship`, { carrier: "Amana", tracking_number: "RR1", tracking_url: "ftp://x" }, market.honeyOwner)),
          "tracking_url",
        ],
        [answer(api.post(`/vendor/orders/${orderId}/ship`, { carrier: "x".repeat(101), tracking_number: "RR1" }, market.honeyOwner)), "carrier"],
        [answer(api.post(`/vendor/orders/${orderId}/cancel`, { reason: " " }, market.honeyOwner)), "reason"],
        [answer(api.post(`/vendor/orders/${orderId}/deliver`, { delivered_at: "2020-01-01" }, market.honeyOwner)), "delivered_at"],
        [answer(api.get("/vendor/orders?limit=0", market.honeyOwner)), "limit"],
        [answer(api.get("/vendor/orders?offset=-1", market.honeyOwner)), "offset"],
        [answer(api.get("/vendor/earnings?from=yesterday", market.honeyOwner)), "from"],
        [answer(api.get("/vendor/earnings?from=2026-12-01&to=2026-11-01", market.honeyOwner)), "from"],
        [answer(api.get("/vendor/earnings/export.csv?to=31/12/2026", market.honeyOwner)), "to"],
        [answer(api.get("/vendor/earnings/series?interval=year", market.honeyOwner)), "interval"],
      ]
      for (const [request, field] of cases) {
        const response = await request
        expect({ field, status: response.status }).toEqual({ field, status: 400 })
        expect(response.data.errors?.map((error) => error.field)).toEqual([field])
        expect(response.data.message).toBe(response.data.errors?.[0].message)
      }
      // Nothing was shipped by the refused requests.
      const order = (await api.get(`/vendor/orders/${orderId}`, market.honeyOwner)).data.order
      expect(order.progress.status).toBe("prepared")
    })
  },
})
