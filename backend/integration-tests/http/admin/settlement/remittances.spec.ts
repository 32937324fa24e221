import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import type {
  AdminCashClaimListResponse,
  AdminRemittanceListResponse,
  EarningsStatement,
  RemittanceImport,
  VendorOrder,
} from "@tadamon/shared"
import { VendorOrderEvents } from "../../../../src/workflows/vendor-order/events"
import { createOrganizer } from "../../../fixtures/admin"
import { registerCustomer } from "../../../fixtures/checkout"
import { act, answer, createMarket, endHoldingPeriod, orderOf, placeCodOrder, shipOrder, type Headers, type Market } from "../../vendor/orders/fixtures"

jest.setTimeout(300 * 1000)

const round2 = (value: number) => Math.round(value * 100) / 100
const DAY = 24 * 60 * 60 * 1000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Market
    let adminHeaders: Headers

    beforeEach(async () => {
      const container = getContainer()
      market = await createMarket(container)
      adminHeaders = (await createOrganizer(container)).adminHeaders
    })

    const importCsv = (csv: string, { filename, headers = adminHeaders, query = "" }: { filename?: string; headers?: Headers | null; query?: string } = {}) =>
      answer(api.post(`/admin/settlement/remittances${query}`, { csv, ...(filename ? { filename } : {}) }, headers ?? undefined))
    const vendorOrder = async (headers: Headers, id: string): Promise<VendorOrder> => (await api.get(`/vendor/orders/${id}`, headers)).data.order
    const statementOf = async (headers: Headers): Promise<EarningsStatement> => (await api.get("/vendor/earnings", headers)).data.statement
    const settledTimes = (count: number) =>
      TestEventUtils.waitSubscribersExecution(VendorOrderEvents.SETTLED, getContainer().resolve(Modules.EVENT_BUS), { triggerCount: count })
    const payout = (amount: number) =>
      answer(
        api.post(
          "/admin/settlement/payouts",
          { cooperative_id: market.honey.cooperative.id, amount, paid_at: new Date().toISOString(), method: "bank_transfer", reference: "VIR-7" },
          adminHeaders
        )
      )

    it("captures the matching line, flags a wrong amount and an unknown tracking number; the statement and payouts count only the confirmed cash, after the holding period", async () => {
      await api.post("/admin/settlement/commission", { rate: 10 }, adminHeaders)
      const first = orderOf(await placeCodOrder(api, market), "nahl")
      const second = orderOf(await placeCodOrder(api, market, { email: "khalid@example.ma" }), "nahl")
      await shipOrder(api, market.honeyOwner, first.id, "RR100000001MA")
      await shipOrder(api, market.honeyOwner, second.id, "RR100000002MA")

      // The cooperative says the courier collected both: only claims, shown to organizers.
      const claimed = await act(api, market.honeyOwner, first.id, "cash-collected")
      expect(claimed.payment).toEqual(
        expect.objectContaining({ status: "awaiting_remittance", cash_holder: "carrier", captured_amount: 0, amount_to_collect: 0 })
      )
      expect(claimed.available_actions).toEqual([])
      await act(api, market.honeyOwner, second.id, "cash-collected")
      expect(await statementOf(market.honeyOwner)).toEqual(expect.objectContaining({ sales: 0, balance_due: 0, payable: 0, entries: [] }))
      const claims: AdminCashClaimListResponse = (await api.get("/admin/settlement/cash-claims", adminHeaders)).data
      expect(claims.claims.map((claim) => [claim.order_id, claim.cash_holder, claim.amount, claim.tracking_number, claim.delivered])).toEqual([
        [first.id, "carrier", first.total, "RR100000001MA", true],
        [second.id, "carrier", second.total, "RR100000002MA", true],
      ])

      // Amana's statement: one line matches, one has the wrong amount, one tracking number is unknown.
      const settled = settledTimes(1)
      const csv = [
        "N° envoi;Montant CRBT;Date",
        `RR100000001MA;${first.total.toFixed(2).replace(".", ",")};01/12/2026`,
        `rr100000002ma;${(second.total - 10).toFixed(2).replace(".", ",")};01/12/2026`,
        "RR999999999MA;150,00;01/12/2026",
      ].join("\r\n")
      const imported = await importCsv(`\uFEFF${csv}`, { filename: "amana-2026-12-01.csv" })
      expect(imported.status).toBe(201)
      const report: RemittanceImport = imported.data.remittance
      expect(report).toEqual(
        expect.objectContaining({
          carrier: "amana",
          filename: "amana-2026-12-01.csv",
          line_count: 3,
          captured_count: 1,
          flagged_count: 2,
          captured_amount: first.total,
          currency_code: "mad",
        })
      )
      expect(report.lines.map((line) => [line.line, line.tracking_number, line.amount, line.outcome, line.order_id, line.expected_amount])).toEqual([
        [2, "RR100000001MA", first.total, "captured", first.id, first.total],
        [3, "RR100000002MA", round2(second.total - 10), "amount_mismatch", second.id, second.total],
        [4, "RR999999999MA", 150, "unknown_tracking", null, null],
      ])
      expect(report.lines[0]).toEqual(
        expect.objectContaining({ paid_on: "2026-12-01", order_display_id: first.display_id, cooperative: { id: market.honey.cooperative.id, name: "تعاونية النحل" } })
      )
      await settled

      // The matched order is paid; the organizer's confirmation follows the cooperative's claim.
      const confirmed = await vendorOrder(market.honeyOwner, first.id)
      expect(confirmed.payment).toEqual(expect.objectContaining({ status: "collected", captured_amount: first.total }))
      expect(confirmed.progress.history.slice(-2).map((entry) => [entry.event, entry.actor.type])).toEqual([
        ["cash_claimed", "member"],
        ["cash_collected", "user"],
      ])
      expect((await vendorOrder(market.honeyOwner, second.id)).payment.status).toBe("awaiting_remittance")
      expect((await api.get("/admin/settlement/cash-claims", adminHeaders)).data.claims.map((claim: { order_id: string }) => claim.order_id)).toEqual([
        second.id,
      ])

      // The ledger holds the confirmed sale only, held for the withdrawal period.
      const commission = round2(first.total * 0.1)
      const balance = round2(first.total - commission)
      const statement = await statementOf(market.honeyOwner)
      expect(statement).toEqual(
        expect.objectContaining({ sales: first.total, commission: -commission, balance_due: balance, payable: 0, held: balance, hold_days: 7 })
      )
      const heldUntil = Date.parse(statement.held_until as string)
      expect(Math.abs(heldUntil - (Date.now() + 7 * DAY))).toBeLessThan(10 * 60 * 1000)
      expect(statement.entries.every((entry) => entry.available_at === statement.held_until)).toBe(true)

      // Nothing can be paid out before the holding period ends; then the confirmed balance, no more.
      const early = await payout(1)
      expect(early.status).toBe(409)
      expect(early.data.message).toBe(
        `The payout of 1.00 MAD is more than the amount payable now to this cooperative (0.00 MAD; ${balance.toFixed(2)} MAD more is held until ${statement.held_until?.slice(0, 10)})`
      )
      await endHoldingPeriod(getContainer(), market.honey.cooperative.id)
      expect(await statementOf(market.honeyOwner)).toEqual(expect.objectContaining({ payable: balance, held: 0, held_until: null }))
      const tooMuch = await payout(round2(balance + 0.01))
      expect(tooMuch.status).toBe(409)
      expect(tooMuch.data.message).toBe(
        `The payout of ${(balance + 0.01).toFixed(2)} MAD is more than the amount payable now to this cooperative (${balance.toFixed(2)} MAD)`
      )
      const paid = await payout(balance)
      expect(paid.status).toBe(201)
      expect(paid.data).toEqual(expect.objectContaining({ balance_due: 0, payable: 0 }))

      // The past imports, and the same statement imported again: nothing is captured twice.
      const list: AdminRemittanceListResponse = (await api.get("/admin/settlement/remittances", adminHeaders)).data
      expect(list).toEqual(expect.objectContaining({ count: 1, limit: 20, offset: 0 }))
      expect(list.remittances[0]).toEqual(expect.objectContaining({ id: report.id, captured_count: 1 }))
      expect((await api.get(`/admin/settlement/remittances/${report.id}`, adminHeaders)).data.remittance).toEqual(report)
      const again: RemittanceImport = (await importCsv(csv)).data.remittance
      expect(again.lines.map((line) => line.outcome)).toEqual(["already_settled", "amount_mismatch", "unknown_tracking"])
      expect(again.captured_count).toBe(0)
      expect((await statementOf(market.honeyOwner)).sales).toBe(first.total)
    })

    it("records the delivery a cooperative had not marked; flags lines twice in the file, unreadable lines, own deliveries and tracking numbers on two orders", async () => {
      // Shipped with Amana, never marked delivered by the cooperative.
      const amana = orderOf(await placeCodOrder(api, market), "nahl")
      await shipOrder(api, market.honeyOwner, amana.id, "RR200000001MA", { deliver: false })
      // Delivered by the cooperative itself: its cash is the cooperative's, never Amana's to remit.
      const own = orderOf(await placeCodOrder(api, market, { email: "own@example.ma", kind: "home-delivery" }), "nahl")
      await shipOrder(api, market.honeyOwner, own.id, "RR200000002MA")
      // Two cooperatives typed the same tracking number.
      const twice = await placeCodOrder(api, market, { email: "twice@example.ma" })
      await shipOrder(api, market.honeyOwner, orderOf(twice, "nahl").id, "RR200000003MA")
      await shipOrder(api, market.figsOwner, orderOf(twice, "tin").id, "RR200000003MA")

      const settled = settledTimes(1)
      const imported = await importCsv(
        [
          "tracking_number,amount,date",
          `RR200000001MA,${amana.total},2026-12-02`,
          `RR200000001MA,${amana.total},2026-12-02`,
          `RR200000002MA,${own.total},2026-12-02`,
          `RR200000003MA,${orderOf(twice, "nahl").total},2026-12-02`,
          "RR200000004MA,abc,2026-12-02",
          `,${amana.total},2026-12-02`,
          "RR200000005MA,100,2026-02-31",
        ].join("\n")
      )
      expect(imported.status).toBe(201)
      const report: RemittanceImport = imported.data.remittance
      expect(report.lines.map((line) => [line.outcome, line.error, line.delivery_recorded])).toEqual([
        ["captured", null, true],
        ["duplicate_in_file", null, false],
        ["not_carrier", null, false],
        ["ambiguous_tracking", null, false],
        ["invalid_row", "invalid_amount", false],
        ["invalid_row", "missing_tracking_number", false],
        ["invalid_row", "invalid_date", false],
      ])
      await settled

      const delivered = await vendorOrder(market.honeyOwner, amana.id)
      expect(delivered.progress.status).toBe("delivered")
      expect(delivered.payment.status).toBe("collected")
      expect(delivered.progress.history.slice(-2).map((entry) => [entry.event, entry.actor.type])).toEqual([
        ["delivered", "user"],
        ["cash_collected", "user"],
      ])
      for (const [headers, id] of [
        [market.honeyOwner, own.id],
        [market.honeyOwner, orderOf(twice, "nahl").id],
        [market.figsOwner, orderOf(twice, "tin").id],
      ] as const) {
        expect((await vendorOrder(headers, id)).payment.captured_amount).toBe(0)
      }
      expect((await statementOf(market.figsOwner)).entries).toEqual([])
    })

    it("imports one statement at a time: the same file sent twice at once captures each order once", async () => {
      const order = orderOf(await placeCodOrder(api, market, { kind: "amana" }), "nahl")
      const delivered = await shipOrder(api, market.honeyOwner, order.id, "RR300000001MA")
      // Amana holds the cash of a delivered parcel until its remittance: the import may capture it.
      expect([delivered.progress.status, delivered.payment.cash_holder, delivered.payment.status]).toEqual([
        "delivered",
        "carrier",
        "awaiting_collection",
      ])
      const settled = settledTimes(1)
      const csv = `tracking_number,amount,date\nRR300000001MA,${order.total},2026-12-03\n`
      const [a, b] = await Promise.all([importCsv(csv), importCsv(csv)])
      expect([a.status, b.status]).toEqual([201, 201])
      const outcomes = [a.data.remittance.lines[0].outcome, b.data.remittance.lines[0].outcome].sort()
      expect(outcomes).toEqual(["already_settled", "captured"])
      await settled
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["payment_collections.payments.captures.id"], filters: { id: order.id } })
      expect(data[0].payment_collections?.[0]?.payments?.[0]?.captures).toHaveLength(1)
      expect((await statementOf(market.honeyOwner)).entries.filter((entry) => entry.type === "sale")).toHaveLength(1)
    })

    it("refuses files it cannot read with a localized 400 on csv, and anyone but an organizer with 401", async () => {
      for (const [csv, code] of [
        ["name,city\nFatima,Fès", "csv_columns_missing"],
        ["", "required"],
        ["\n\n", "required"],
      ] as const) {
        const response = await importCsv(csv, { query: "?locale=fr-MA" })
        expect({ csv, status: response.status, errors: response.data.errors }).toEqual({
          csv,
          status: 400,
          errors: [expect.objectContaining({ field: "csv", code })],
        })
      }
      const french = await importCsv("name,city\nFatima,Fès", { query: "?locale=fr-MA" })
      expect(french.data.errors[0].message).toBe(
        "« Fichier du relevé » doit commencer par une ligne d'en-tête nommant les colonnes du numéro de suivi et du montant."
      )
      const typed = await answer(api.post("/admin/settlement/remittances", { csv: ["RR1,10"], extra: 1 }, adminHeaders))
      expect(typed.status).toBe(400)
      expect(typed.data.errors.map((error: { field: string }) => error.field).sort()).toEqual(["csv", "extra"])
      const tooLong = await importCsv(["tracking,amount", ...Array.from({ length: 5001 }, (_, i) => `RR${i},10`)].join("\n"))
      expect(tooLong.status).toBe(400)
      expect(tooLong.data.errors).toEqual([expect.objectContaining({ field: "csv", code: "too_long" })])
      expect((await answer(api.get("/admin/settlement/remittances/crem_unknown", adminHeaders))).status).toBe(404)
      // What PostgreSQL cannot store never reaches it (NUL characters, lone surrogates, %00 in a path):
      // refused (400) or read without it, never a 500.
      const nul = await importCsv("tracking,amount\nRR\u0000NUL\ud800,10", { filename: "amana\u0000.csv" })
      expect([201, 400]).toContain(nul.status)
      if (nul.status === 201) {
        expect(nul.data.remittance.filename).toBe("amana.csv")
        expect(nul.data.remittance.lines.map((line: { tracking_number: string }) => line.tracking_number)).toEqual(["RRNUL\uFFFD"])
      }
      expect([400, 404]).toContain((await answer(api.get("/admin/settlement/remittances/%00", adminHeaders))).status)
      expect([400, 404]).toContain((await answer(api.post("/admin/orders/order%00x/cash-collected", {}, adminHeaders))).status)
      expect((await answer(api.get("/admin/settlement/remittances?limit=500", adminHeaders))).status).toBe(400)

      const customer = await registerCustomer(api, market.store, "customer@example.ma")
      for (const headers of [null, market.honeyOwner, customer]) {
        const statuses = [
          (await importCsv("tracking,amount\nRR1,10", { headers })).status,
          (await answer(api.get("/admin/settlement/remittances", headers ?? undefined))).status,
          (await answer(api.get("/admin/settlement/cash-claims", headers ?? undefined))).status,
        ]
        expect(statuses).toEqual([401, 401, 401])
      }
      expect((await api.get("/admin/settlement/remittances", adminHeaders)).data.count).toBe(nul.status === 201 ? 1 : 0)
    })
  },
})
