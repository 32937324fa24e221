import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { AdminCommissionResponse } from "@tadamon/shared"
import { createOrganizer } from "../../../fixtures/admin"
import { createCooperative, createStoreFixture } from "../../../fixtures/catalog"
import { registerCustomer } from "../../../fixtures/checkout"
import { createMember } from "../../../fixtures/member"
import { recordOrderLedgerWorkflow } from "../../../../src/workflows/settlement/record-order-ledger"
import type { Json } from "../../../fixtures/http"

jest.setTimeout(180 * 1000)

type Answer = { status: number; data: Json }
const answer = (request: Promise<Answer>): Promise<Answer> =>
  request.catch((error: { response?: Answer }) => {
    if (!error.response) {
      throw error
    }
    return error.response
  })
/** The fields a 400 names, one error each. */
const fieldsOf = (response: Answer): string[] => ((response.data?.errors ?? []) as Array<{ field: string }>).map((error) => error.field)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: { headers: Record<string, string> }
    let cooperativeId: string

    beforeEach(async () => {
      const container = getContainer()
      adminHeaders = (await createOrganizer(container)).adminHeaders
      cooperativeId = (await createCooperative(container, { handle: "nahl", name: "تعاونية النحل" })).id
    })

    const payout = (overrides: Record<string, unknown> = {}) => ({
      cooperative_id: cooperativeId,
      amount: 100,
      paid_at: "2026-11-20",
      method: "bank_transfer",
      reference: "VIR-1",
      ...overrides,
    })

    it("keeps the platform rate (0 by default) and per-cooperative overrides", async () => {
      expect((await api.get("/admin/settlement/commission", adminHeaders)).data).toEqual({ commission: { rate: 0, overrides: [] } })

      const updated: AdminCommissionResponse = (
        await api.post("/admin/settlement/commission", { rate: 12.5, overrides: [{ cooperative_id: cooperativeId, rate: 0 }] }, adminHeaders)
      ).data
      expect(updated).toEqual({
        commission: { rate: 12.5, overrides: [{ cooperative_id: cooperativeId, cooperative_name: "تعاونية النحل", rate: 0 }] },
      })
      const overrideOnly = await api.post("/admin/settlement/commission", { overrides: [{ cooperative_id: cooperativeId, rate: 7 }] }, adminHeaders)
      expect(overrideOnly.data.commission).toEqual({ rate: 12.5, overrides: [expect.objectContaining({ rate: 7 })] })
      const removed = await api.post("/admin/settlement/commission", { overrides: [{ cooperative_id: cooperativeId, rate: null }] }, adminHeaders)
      expect(removed.data.commission).toEqual({ rate: 12.5, overrides: [] })
    })

    it("refuses bad commission and payout fields with 400 naming the field; unknown cooperatives; payouts beyond the balance", async () => {
      const cases: Array<[string, unknown, string]> = [
        ["/admin/settlement/commission", { rate: 101 }, "rate"],
        ["/admin/settlement/commission", { rate: -1 }, "rate"],
        ["/admin/settlement/commission", { rate: "ten" }, "rate"],
        ["/admin/settlement/commission", { rate: 1.234 }, "rate"],
        ["/admin/settlement/commission", {}, "rate"],
        ["/admin/settlement/commission", { overrides: [{ cooperative_id: "coop_unknown", rate: 5 }] }, "overrides.0.cooperative_id"],
        ["/admin/settlement/commission", { overrides: [{ cooperative_id: cooperativeId, rate: 250 }] }, "overrides.0.rate"],
        ["/admin/settlement/commission", { rate: 5, currency: "mad" }, "currency"],
        ["/admin/settlement/payouts", payout({ amount: 0 }), "amount"],
        ["/admin/settlement/payouts", payout({ amount: "100" }), "amount"],
        ["/admin/settlement/payouts", payout({ amount: 10.001 }), "amount"],
        ["/admin/settlement/payouts", payout({ method: "paypal" }), "method"],
        ["/admin/settlement/payouts", payout({ reference: "" }), "reference"],
        ["/admin/settlement/payouts", payout({ reference: undefined }), "reference"],
        ["/admin/settlement/payouts", payout({ paid_at: "next week" }), "paid_at"],
        ["/admin/settlement/payouts", payout({ paid_at: "2999-01-01" }), "paid_at"],
        ["/admin/settlement/payouts", payout({ cooperative_id: undefined }), "cooperative_id"],
      ]
      for (const [url, body, field] of cases) {
        const response = await answer(api.post(url, body, adminHeaders))
        expect({ url, field, status: response.status }).toEqual({ url, field, status: 400 })
        expect(fieldsOf(response)).toContain(field)
      }
      expect((await api.get("/admin/settlement/commission", adminHeaders)).data.commission).toEqual({ rate: 0, overrides: [] })

      const unknown = await answer(api.post("/admin/settlement/payouts", payout({ cooperative_id: "coop_unknown" }), adminHeaders))
      expect(unknown.status).toBe(404)
      // Nothing is owed yet: a payout would make the cooperative owe Tadamon.
      const beyond = await answer(api.post("/admin/settlement/payouts", payout(), adminHeaders))
      expect(beyond.status).toBe(409)
      expect(beyond.data.message).toBe("The payout of 100.00 MAD is more than the amount payable now to this cooperative (0.00 MAD)")
      expect((await answer(api.get("/admin/settlement/cooperatives/coop_unknown/statement", adminHeaders))).status).toBe(404)
      const statement = await answer(api.get(`/admin/settlement/cooperatives/${cooperativeId}/statement?from=2026-13-01`, adminHeaders))
      expect(statement.status).toBe(400)
      expect(fieldsOf(statement)).toEqual(["from"])
    })

    it("is for organizers only: anonymous callers, members and customers get 401 on every route", async () => {
      const container = getContainer()
      const { headers: member } = await createMember(container, cooperativeId)
      const customer = await registerCustomer(api, await createStoreFixture(container), "someone@example.ma")
      const requests = (headers?: unknown) => [
        answer(api.get("/admin/settlement/commission", headers)),
        answer(api.post("/admin/settlement/commission", { rate: 50 }, headers)),
        answer(api.post("/admin/settlement/payouts", payout(), headers)),
        answer(api.get(`/admin/settlement/cooperatives/${cooperativeId}/statement`, headers)),
      ]
      for (const headers of [undefined, member, customer]) {
        expect((await Promise.all(requests(headers))).map((response) => response.status)).toEqual([401, 401, 401, 401])
      }
      expect((await api.get("/admin/settlement/commission", adminHeaders)).data.commission.rate).toBe(0)
    })

    it("records nothing for an order that is neither delivered nor paid", async () => {
      // The ledger workflow is safe to call for any order id it is handed (e.g. by a replayed event).
      await expect(recordOrderLedgerWorkflow(getContainer()).run({ input: { order_id: "order_unknown" } })).rejects.toBeTruthy()
      const statement = (await api.get(`/admin/settlement/cooperatives/${cooperativeId}/statement`, adminHeaders)).data.statement
      expect(statement).toEqual(
        expect.objectContaining({ entries: [], balance_due: 0, payable: 0, held: 0, held_until: null, hold_days: 7, commission_rate: 0 })
      )
    })
  },
})
