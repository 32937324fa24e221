import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { moroccanDay, shiftDay, type EarningsStatement, type StoreOrderGroup, type VendorEarningsSeriesResponse } from "@tadamon/shared"
import { recordOrderLedgerWorkflow } from "../../../../src/workflows/settlement/record-order-ledger"
import { VendorOrderEvents } from "../../../../src/workflows/vendor-order/events"
import { createOrganizer } from "../../../fixtures/admin"
import { act, answer, createMarket, endHoldingPeriod, orderOf, placeCodOrder, shipOrder, type Headers, type Market } from "../orders/fixtures"

jest.setTimeout(240 * 1000)

const round2 = (value: number) => Math.round(value * 100) / 100

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Market
    let adminHeaders: Headers

    beforeEach(async () => {
      const container = getContainer()
      market = await createMarket(container)
      adminHeaders = (await createOrganizer(container)).adminHeaders
    })

    const waitSettled = () => TestEventUtils.waitSubscribersExecution(VendorOrderEvents.SETTLED, getContainer().resolve(Modules.EVENT_BUS))

    /** Organizers confirm an Amana order's cash (the carrier remitted it) and wait for its sale to reach the ledger. */
    async function confirmCash(orderId: string) {
      const settled = waitSettled()
      const response = await api.post(`/admin/orders/${orderId}/cash-collected`, {}, adminHeaders)
      expect(response.status).toBe(200)
      await settled
    }

    /** Works an Amana cash-on-delivery order to the end: delivered, the cooperative's claim, the organizers' confirmation. */
    async function settle(headers: Headers, orderId: string) {
      await shipOrder(api, headers, orderId, `RR${orderId.slice(-6)}MA`)
      await act(api, headers, orderId, "cash-collected")
      await confirmCash(orderId)
    }
    const statementOf = async (headers: Headers, query = ""): Promise<EarningsStatement> =>
      (await api.get(`/vendor/earnings${query}`, headers)).data.statement

    it("books each delivered and paid order once: sale, commission at the cooperative's rate, payouts against the balance", async () => {
      // 10 % for the platform, 5 % for the figs cooperative.
      await api.post("/admin/settlement/commission", { rate: 10, overrides: [{ cooperative_id: market.figs.cooperative.id, rate: 5 }] }, adminHeaders)
      const first = await placeCodOrder(api, market)
      const second = await placeCodOrder(api, market, { email: "khalid@example.ma" })
      const honeyA = orderOf(first, "nahl")
      const honeyB = orderOf(second, "nahl")
      const figsA = orderOf(first, "tin")

      // Nothing before delivery and payment.
      expect(await statementOf(market.honeyOwner)).toEqual(expect.objectContaining({ sales: 0, balance_due: 0, entries: [], commission_rate: 10 }))
      await act(api, market.honeyOwner, honeyB.id, "accept")
      await settle(market.honeyOwner, honeyA.id)
      await settle(market.figsOwner, figsA.id)

      const honey = await statementOf(market.honeyOwner)
      const honeyCommission = -round2(honeyA.total * 0.1)
      expect(honey).toEqual(
        expect.objectContaining({
          cooperative: expect.objectContaining({ id: market.honey.cooperative.id, handle: "nahl" }),
          currency_code: "mad",
          sales: honeyA.total,
          commission: honeyCommission,
          refunds: 0,
          payouts: 0,
          net_earnings: round2(honeyA.total + honeyCommission),
          opening_balance: 0,
          closing_balance: round2(honeyA.total + honeyCommission),
          balance_due: round2(honeyA.total + honeyCommission),
        })
      )
      expect(honey.entries).toEqual([
        expect.objectContaining({ type: "sale", amount: honeyA.total, order_id: honeyA.id, order_display_id: honeyA.display_id }),
        expect.objectContaining({ type: "commission", amount: honeyCommission, rate: 10, order_id: honeyA.id }),
      ])
      const figs = await statementOf(market.figsOwner)
      expect(figs).toEqual(expect.objectContaining({ sales: figsA.total, commission: -round2(figsA.total * 0.05), commission_rate: 5 }))

      // A redelivered `tadamon.order.settled` writes nothing twice.
      await recordOrderLedgerWorkflow(getContainer()).run({ input: { order_id: honeyA.id } })
      await recordOrderLedgerWorkflow(getContainer()).run({ input: { order_id: honeyA.id } })
      expect((await statementOf(market.honeyOwner)).entries).toHaveLength(2)

      // A new rate applies to later sales only.
      await api.post("/admin/settlement/commission", { rate: 20 }, adminHeaders)
      await act(api, market.honeyOwner, honeyB.id, "prepare")
      await act(api, market.honeyOwner, honeyB.id, "ship", { carrier: "Amana", tracking_number: "RR2" })
      await act(api, market.honeyOwner, honeyB.id, "deliver")
      await confirmCash(honeyB.id)
      const both = await statementOf(market.honeyOwner)
      expect(both.entries.filter((entry) => entry.type === "commission").map((entry) => entry.rate)).toEqual([10, 20])
      const balance = round2(honeyA.total + honeyCommission + honeyB.total - round2(honeyB.total * 0.2))
      expect(both.balance_due).toBe(balance)
      // Held for the customer's withdrawal period before anything can be paid out.
      expect(both).toEqual(expect.objectContaining({ payable: 0, held: balance, hold_days: 7 }))

      // Payouts: once the holding period is over, at most what is payable, and they reduce it.
      await endHoldingPeriod(getContainer(), market.honey.cooperative.id)
      const tooMuch = await answer(
        api.post(
          "/admin/settlement/payouts",
          { cooperative_id: market.honey.cooperative.id, amount: balance + 0.01, paid_at: "2026-11-28", method: "bank_transfer", reference: "VIR-1" },
          adminHeaders
        )
      )
      expect(tooMuch.status).toBe(409)
      expect(tooMuch.data.message).toBe(
        `The payout of ${(balance + 0.01).toFixed(2)} MAD is more than the amount payable now to this cooperative (${balance.toFixed(2)} MAD)`
      )
      const payout = await api.post(
        "/admin/settlement/payouts",
        { cooperative_id: market.honey.cooperative.id, amount: 300, paid_at: new Date().toISOString(), method: "bank_transfer", reference: "VIR-2026-0042" },
        adminHeaders
      )
      expect(payout.status).toBe(201)
      expect(payout.data).toEqual({
        payout: expect.objectContaining({ type: "payout", amount: -300, method: "bank_transfer", reference: "VIR-2026-0042", available_at: null }),
        balance_due: round2(balance - 300),
        payable: round2(balance - 300),
      })
      const afterPayout = await statementOf(market.honeyOwner)
      expect(afterPayout).toEqual(expect.objectContaining({ payouts: -300, balance_due: round2(balance - 300) }))
      // The organizers read the same statement.
      const organizers = (await api.get(`/admin/settlement/cooperatives/${market.honey.cooperative.id}/statement`, adminHeaders)).data.statement
      expect(organizers).toEqual(afterPayout)
      // The figs cooperative's balance is its own.
      expect((await statementOf(market.figsOwner)).balance_due).toBe(round2(figsA.total - round2(figsA.total * 0.05)))

      // A period: before today, nothing; from tomorrow (Moroccan days), everything is in the opening balance.
      const tomorrow = shiftDay(moroccanDay(), 1)
      const later = await statementOf(market.honeyOwner, `?from=${tomorrow}`)
      expect(later).toEqual(expect.objectContaining({ entries: [], sales: 0, opening_balance: round2(balance - 300), balance_due: round2(balance - 300) }))
      const earlier = await statementOf(market.honeyOwner, "?to=2020-01-01")
      expect(earlier).toEqual(expect.objectContaining({ entries: [], closing_balance: 0 }))
    })

    it("books a cooperative's own home delivery as cash it holds: its balance is the commission it owes Tadamon, netted from later payouts", async () => {
      await api.post("/admin/settlement/commission", { rate: 10 }, adminHeaders)
      const own = orderOf(await placeCodOrder(api, market, { kind: "home-delivery" }), "nahl")
      await shipOrder(api, market.honeyOwner, own.id, "OWN-1")

      // The cooperative delivered and holds the cash: recording it is the capture.
      const settled = waitSettled()
      const collected = await act(api, market.honeyOwner, own.id, "cash-collected")
      await settled
      expect(collected.payment).toEqual(expect.objectContaining({ status: "collected", cash_holder: "cooperative", captured_amount: own.total }))
      expect(collected.progress.history.at(-1)).toEqual(expect.objectContaining({ event: "cash_collected", actor: expect.objectContaining({ type: "member" }) }))
      const commission = round2(own.total * 0.1)
      const statement = await statementOf(market.honeyOwner)
      expect(statement.entries.map((entry) => [entry.type, entry.amount])).toEqual([
        ["sale", own.total],
        ["commission", -commission],
        ["cash_held", -own.total],
      ])
      expect(statement).toEqual(
        expect.objectContaining({ sales: own.total, commission: -commission, cash_held: -own.total, balance_due: -commission, payable: 0, held: 0 })
      )
      expect((await api.get(`/admin/settlement/cooperatives/${market.honey.cooperative.id}/statement`, adminHeaders)).data.statement).toEqual(statement)

      // Organizers cannot record that cash: the cooperative holds it.
      const organizers = await answer(api.post(`/admin/orders/${own.id}/cash-collected`, {}, adminHeaders))
      expect(organizers.status).toBe(409)
      expect(organizers.data.message).toBe(
        `Order #${own.display_id} is delivered by its cooperative, which holds the cash: the cooperative records it in its portal`
      )
      // Nothing is owed to the cooperative, so nothing can be paid out.
      const payout = (amount: number) =>
        answer(
          api.post(
            "/admin/settlement/payouts",
            { cooperative_id: market.honey.cooperative.id, amount, paid_at: new Date().toISOString(), method: "cash", reference: "CAISSE-1" },
            adminHeaders
          )
        )
      expect((await payout(1)).status).toBe(409)

      // A later Amana sale confirmed by organizers pays out net of the commission owed.
      const amana = orderOf(await placeCodOrder(api, market, { email: "khalid@example.ma" }), "nahl")
      await endHoldingPeriod(getContainer(), market.honey.cooperative.id)
      await shipOrder(api, market.honeyOwner, amana.id, "RR777000111MA")
      await confirmCash(amana.id)
      const amanaNet = round2(amana.total - round2(amana.total * 0.1))
      const balance = round2(amanaNet - commission)
      expect(await statementOf(market.honeyOwner)).toEqual(expect.objectContaining({ balance_due: balance, payable: 0, held: balance }))
      await endHoldingPeriod(getContainer(), market.honey.cooperative.id)
      expect(await statementOf(market.honeyOwner)).toEqual(expect.objectContaining({ balance_due: balance, payable: balance, held: 0 }))
      expect((await payout(round2(balance + 0.01))).status).toBe(409)
      expect((await payout(balance)).status).toBe(201)
    })

    it("exports the statement as CSV for Excel and draws sales per period", async () => {
      await api.post("/admin/settlement/commission", { rate: 12.5 }, adminHeaders)
      const group: StoreOrderGroup = await placeCodOrder(api, market)
      const honey = orderOf(group, "nahl")
      await settle(market.honeyOwner, honey.id)
      await endHoldingPeriod(getContainer(), market.honey.cooperative.id)
      await api.post(
        "/admin/settlement/payouts",
        { cooperative_id: market.honey.cooperative.id, amount: 100, paid_at: new Date().toISOString(), method: "cheque", reference: "=CHQ,12\"3" },
        adminHeaders
      )

      const csv = await api.get("/vendor/earnings/export.csv", { ...market.honeyOwner, responseType: "arraybuffer" })
      expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8")
      expect(csv.headers["content-disposition"]).toBe('attachment; filename="tadamon-nahl.csv"')
      const bytes = Buffer.from(csv.data as ArrayBuffer)
      // UTF-8 with a byte-order mark, so Excel reads Arabic right.
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const lines = bytes.subarray(3).toString("utf8").trimEnd().split("\r\n")
      const today = moroccanDay()
      const commission = round2(honey.total * 0.125)
      expect(lines).toEqual([
        "date,type,order,amount,currency,rate,method,reference,note",
        `${today},sale,${honey.display_id},${honey.total.toFixed(2)},MAD,,,,`,
        `${today},commission,${honey.display_id},-${commission.toFixed(2)},MAD,12.5,,,`,
        // A reference that a spreadsheet would run as a formula is neutralized and quoted.
        `${today},payout,,-100.00,MAD,,cheque,"'=CHQ,12""3",`,
      ])

      const series: VendorEarningsSeriesResponse = (await api.get("/vendor/earnings/series?interval=day", market.honeyOwner)).data
      expect(series.interval).toBe("day")
      expect(series.points).toHaveLength(30)
      expect(series.points[29]).toEqual({ period_start: today, sales: honey.total, commission: -commission, orders: 1 })
      expect(series.points.slice(0, 29).every((point) => point.sales === 0 && point.orders === 0)).toBe(true)

      const monthly: VendorEarningsSeriesResponse = (
        await api.get(`/vendor/earnings/series?interval=month&from=${today.slice(0, 7)}-01&to=${today}`, market.honeyOwner)
      ).data
      expect(monthly.points).toEqual([{ period_start: `${today.slice(0, 7)}-01`, sales: honey.total, commission: -commission, orders: 1 }])

      const weekly: VendorEarningsSeriesResponse = (await api.get("/vendor/earnings/series?interval=week&from=2026-11-02&to=2026-11-29", market.honeyOwner))
        .data
      expect(weekly.points.map((point) => point.period_start)).toEqual(["2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"])

      const tooLong = await answer(api.get("/vendor/earnings/series?interval=day&from=2000-01-01&to=2026-01-01", market.honeyOwner))
      expect(tooLong.status).toBe(400)
      expect(tooLong.data.errors).toEqual([expect.objectContaining({ field: "from", code: "period_too_long" })])
    })
  },
})
