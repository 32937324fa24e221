import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { formatPrice, type StoreOrderGroup, type VendorOrder, type VendorOrderListResponse } from "@tadamon/shared"
import { useSmtpSink } from "../../notification/smtp-sink"
import { act, answer, createMarket, orderOf, placeCodOrder, type Market } from "./fixtures"

jest.setTimeout(240 * 1000)

const sink = useSmtpSink()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Market

    beforeEach(async () => {
      market = await createMarket(getContainer())
    })

    const customerView = async (group: StoreOrderGroup) =>
      (await api.get(`/store/order-groups/${group.reference}?email=${encodeURIComponent(group.email)}`, market.store.storeHeaders)).data
        .order_group as StoreOrderGroup
    const emailsAbout = (reference: string) => sink.received.filter((email) => email.mail.subject?.includes(reference))
    const stockAt = async (locationId: string) => {
      const levels = await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ location_id: locationId })
      return { stocked: Number(levels[0].stocked_quantity), reserved: Number(levels[0].reserved_quantity) }
    }

    it("takes a cash-on-delivery order from acceptance to collected cash; the customer follows every step, by email in their language", async () => {
      const group = await placeCodOrder(api, market, { email: "amina@example.fr", locale: "fr-MA" })
      const honeyOrder = orderOf(group, "nahl")
      const figsOrder = orderOf(group, "tin")
      expect(honeyOrder.progress?.status).toBe("placed")

      // Each cooperative sees its own order only.
      const honeyList: VendorOrderListResponse = (await api.get("/vendor/orders?status=to_accept", market.honeyOwner)).data
      expect(honeyList.orders.map((order) => order.id)).toEqual([honeyOrder.id])
      expect(honeyList.counts).toEqual({ to_accept: 1, to_ship: 0, shipped: 0, delivered: 0, cancelled: 0 })
      const figsList: VendorOrderListResponse = (await api.get("/vendor/orders", market.figsOwner)).data
      expect(figsList.orders.map((order) => order.id)).toEqual([figsOrder.id])

      // The detail has what the cooperative needs to deliver and collect.
      const detail: VendorOrder = (await api.get(`/vendor/orders/${honeyOrder.id}`, market.honeyOwner)).data.order
      expect(detail).toEqual(
        expect.objectContaining({
          order_group_reference: group.reference,
          customer_name: "Fatima Alaoui",
          locale: "fr-MA",
          total: honeyOrder.total,
          available_actions: ["accept", "cancel"],
        })
      )
      expect(detail.shipping_address).toEqual(
        expect.objectContaining({ phone: "+212612345678", address_1: "12 زنقة مولاي إدريس", city: "Taounate", postal_code: "34000" })
      )
      expect(detail.items).toEqual([expect.objectContaining({ title: "thyme-honey", quantity: 2, unit_price: 180, total: 360 })])
      expect(detail.shipping_method).toEqual(
        expect.objectContaining({ name: honeyOrder.shipping?.name, amount: honeyOrder.shipping_total, kind: expect.any(String) })
      )
      expect(detail.payment).toEqual(
        expect.objectContaining({ method: "cash_on_delivery", status: "awaiting_collection", amount_to_collect: honeyOrder.total })
      )

      // Accepted.
      let order = await act(api, market.honeyOwner, honeyOrder.id, "accept")
      expect(order.progress).toEqual(expect.objectContaining({ status: "accepted", accepted_by: "Khadija Bennani" }))
      expect(order.available_actions).toEqual(["prepare", "cancel"])
      // The cooperative's name in French (its translation), as the French store shows it.
      const { data: french } = await api.get("/store/cooperatives/nahl?locale=fr-MA", market.store.storeHeaders)
      const nameFr: string = french.cooperative.name
      expect(nameFr).not.toBe("تعاونية النحل")
      const accepted = await sink.next((email) => email.mail.subject === `Tadamon : ${nameFr} a accepté votre commande ${group.reference}`)
      expect(accepted.envelopeTo).toEqual(["amina@example.fr"])
      expect(accepted.mail.html).toContain('<html lang="fr" dir="ltr">')
      expect(accepted.mail.text).toContain("thyme-honey (500 g) × 2")
      expect((await customerView(group)).orders.find((o) => o.id === honeyOrder.id)?.progress?.status).toBe("accepted")

      // Prepared: Medusa's fulfillment takes the 2 jars out of the cooperative's stock.
      expect(await stockAt(market.honey.stockLocationId)).toEqual({ stocked: 10, reserved: 2 })
      order = await act(api, market.honeyOwner, honeyOrder.id, "prepare")
      expect(order.progress.status).toBe("prepared")
      expect(await stockAt(market.honey.stockLocationId)).toEqual({ stocked: 8, reserved: 0 })
      expect((await api.get("/vendor/orders?status=to_ship", market.honeyOwner)).data.count).toBe(1)

      // Shipped with the carrier's tracking.
      order = await act(api, market.honeyOwner, honeyOrder.id, "ship", {
        carrier: "Amana",
        tracking_number: "RR123456789MA",
        tracking_url: "https://www.amana.ma/suivi?code=RR123456789MA",
      })
      const tracking = { carrier: "Amana", tracking_number: "RR123456789MA", tracking_url: "https://www.amana.ma/suivi?code=RR123456789MA" }
      expect(order.progress).toEqual(expect.objectContaining({ status: "shipped", tracking }))
      const shipped = await sink.next((email) => email.mail.subject === `Tadamon : votre colis de ${nameFr} est en route (${group.reference})`)
      expect(shipped.mail.text).toContain("Transporteur\u00a0: Amana")
      expect(shipped.mail.text).toContain("Numéro de suivi\u00a0: RR123456789MA")
      expect(shipped.mail.html).toContain('href="https://www.amana.ma/suivi?code=RR123456789MA"')
      expect(shipped.mail.text).toContain(`Montant à payer au livreur\u00a0: ${formatPrice(honeyOrder.total, "fr")}`)
      let view = (await customerView(group)).orders.find((o) => o.id === honeyOrder.id)
      expect(view?.progress).toEqual(expect.objectContaining({ status: "shipped", tracking }))
      expect(view?.fulfillment_status).toBe("shipped")

      // Delivered.
      order = await act(api, market.honeyOwner, honeyOrder.id, "deliver")
      expect(order.progress.status).toBe("delivered")
      expect(order.available_actions).toEqual(["cash-collected"])
      await sink.next((email) => email.mail.subject === `Tadamon : votre colis de ${nameFr} a été livré (${group.reference})`)

      // Cash collected, says the cooperative: Amana holds that cash until it remits it to Tadamon, so
      // this is a claim for organizers, not a capture, and nothing reaches the ledger.
      expect(order.payment).toEqual(expect.objectContaining({ status: "awaiting_collection", cash_holder: "carrier", claimed_at: null }))
      order = await act(api, market.honeyOwner, honeyOrder.id, "cash-collected")
      expect(order.payment).toEqual(
        expect.objectContaining({ status: "awaiting_remittance", amount_to_collect: 0, captured_amount: 0, claimed_at: expect.any(String) })
      )
      expect(order.available_actions).toEqual([])
      expect(order.progress.history.map((entry) => entry.event)).toEqual([
        "placed",
        "accepted",
        "prepared",
        "shipped",
        "delivered",
        "cash_claimed",
      ])
      const again = await answer(api.post(`/vendor/orders/${honeyOrder.id}/cash-collected`, {}, market.honeyOwner))
      expect(again.status).toBe(409)
      const earnings = (await api.get("/vendor/earnings", market.honeyOwner)).data.statement
      expect(earnings).toEqual(expect.objectContaining({ sales: 0, balance_due: 0, entries: [] }))
      const { data: payments } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["payment_collections.payments.captured_at"], filters: { id: honeyOrder.id } })
      expect(payments[0].payment_collections?.[0]?.payments?.[0]?.captured_at).toBeFalsy()

      const after = await customerView(group)
      view = after.orders.find((o) => o.id === honeyOrder.id)
      expect(view).toEqual(expect.objectContaining({ payment_status: "authorized", fulfillment_status: "delivered" }))
      expect(view?.progress?.status).toBe("delivered")
      expect(after.amount_to_collect).toBeCloseTo(honeyOrder.total + figsOrder.total, 6)
      // The other cooperative's order has not moved.
      expect(after.orders.find((o) => o.id === figsOrder.id)?.progress?.status).toBe("placed")
      expect(after.orders.find((o) => o.id === figsOrder.id)?.payment_status).toBe("authorized")

      // One email per step the customer cares about: accepted, shipped, delivered (plus the confirmation).
      const statusEmails = emailsAbout(group.reference).filter((email) => !email.mail.subject?.includes("bien reçu"))
      expect(statusEmails).toHaveLength(3)
    })

    it("emails in Arabic by default, right to left", async () => {
      const group = await placeCodOrder(api, market, { email: "fatima@example.ma" })
      await act(api, market.figsOwner, orderOf(group, "tin").id, "accept")
      const email = await sink.next((candidate) => candidate.mail.subject === `تضامن: قبلت تعاونية التين طلبك ${group.reference}`)
      expect(email.mail.html).toContain('<html lang="ar" dir="rtl">')
      expect(email.mail.text).toContain("dried-figs (500 g) × 1")
    })

    it("refuses steps out of order or repeated, with 409 and what to do first; nothing is written", async () => {
      const group = await placeCodOrder(api, market)
      const id = orderOf(group, "nahl").id
      const n = orderOf(group, "nahl").display_id
      const attempt = (action: string, body: unknown = {}) => answer(api.post(`/vendor/orders/${id}/${action}`, body, market.honeyOwner))
      const ship = { carrier: "Amana", tracking_number: "RR1" }

      const refused = async (action: string, message: string, body?: unknown) => {
        const response = await attempt(action, body)
        expect({ action, status: response.status, message: response.data.message }).toEqual({ action, status: 409, message })
      }
      await refused("prepare", `Accept order #${n} before preparing it`)
      await refused("ship", `Prepare order #${n} before shipping it`, ship)
      await refused("deliver", `Ship order #${n} before marking it delivered`)
      await refused("cash-collected", `Mark order #${n} delivered before recording its cash as collected`)
      await act(api, market.honeyOwner, id, "accept")
      await refused("accept", `Order #${n} was already accepted`)
      await refused("ship", `Prepare order #${n} before shipping it`, ship)
      await act(api, market.honeyOwner, id, "prepare")
      await refused("prepare", `Order #${n} was already prepared`)
      await act(api, market.honeyOwner, id, "ship", ship)
      await refused("cancel", `Order #${n} was shipped: it can no longer be cancelled`, { reason: "Changed our mind" })
      await refused("ship", `Order #${n} was already shipped`, ship)

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "order", fields: ["status", "fulfillments.id", "order_progress_events.event"], filters: { id } })
      expect(data[0].status).toBe("pending")
      expect(data[0].fulfillments).toHaveLength(1)
      expect((data[0].order_progress_events ?? []).map((event) => event?.event).sort()).toEqual(["accepted", "prepared", "shipped"])
    })

    it("rolls a refused step back: when Medusa cannot fulfill, the order stays accepted and can be prepared later", async () => {
      const group = await placeCodOrder(api, market)
      const id = orderOf(group, "nahl").id
      await act(api, market.honeyOwner, id, "accept")
      // The reservation vanished (e.g. an organizer released it): Medusa refuses to fulfill.
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const reservations = await inventory.listReservationItems({ location_id: market.honey.stockLocationId })
      await inventory.softDeleteReservationItems(reservations.map((reservation) => reservation.id))
      const refused = await answer(api.post(`/vendor/orders/${id}/prepare`, {}, market.honeyOwner))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("No stock reservation found")

      const order = (await api.get(`/vendor/orders/${id}`, market.honeyOwner)).data.order as VendorOrder
      expect(order.progress.status).toBe("accepted")
      expect(order.progress.history.map((entry) => entry.event)).toEqual(["placed", "accepted"])
      expect(order.available_actions).toEqual(["prepare", "cancel"])
      await inventory.restoreReservationItems(reservations.map((reservation) => reservation.id))
      expect((await act(api, market.honeyOwner, id, "prepare")).progress.status).toBe("prepared")
    })

    it("accepts an order once when members press accept together", async () => {
      const group = await placeCodOrder(api, market)
      const id = orderOf(group, "nahl").id
      const responses = await Promise.all(
        Array.from({ length: 5 }, () => answer(api.post(`/vendor/orders/${id}/accept`, {}, market.honeyOwner)))
      )
      expect(responses.map((response) => response.status).sort()).toEqual([200, 409, 409, 409, 409])
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order_progress_event", fields: ["id"], filters: { order_id: id } })
      expect(data).toHaveLength(1)
    })

    it("lists orders by step, newest first, with counts, search and pagination", async () => {
      const groups: StoreOrderGroup[] = []
      for (let i = 0; i < 4; i++) {
        groups.push(await placeCodOrder(api, market, { email: `customer${i}@example.ma` }))
      }
      const ids = groups.map((group) => orderOf(group, "nahl").id)
      await act(api, market.honeyOwner, ids[0], "accept")
      await act(api, market.honeyOwner, ids[1], "accept")
      await act(api, market.honeyOwner, ids[1], "prepare")
      await act(api, market.honeyOwner, ids[2], "cancel", { reason: "Out of thyme honey this season" })

      const list = async (query: string): Promise<VendorOrderListResponse> => (await api.get(`/vendor/orders${query}`, market.honeyOwner)).data
      const all = await list("")
      expect(all.count).toBe(4)
      expect(all.orders.map((order) => order.id)).toEqual([...ids].reverse())
      expect(all.counts).toEqual({ to_accept: 1, to_ship: 2, shipped: 0, delivered: 0, cancelled: 1 })
      expect((await list("?status=to_accept")).orders.map((order) => order.id)).toEqual([ids[3]])
      expect((await list("?status=to_ship")).orders.map((order) => order.id)).toEqual([ids[1], ids[0]])
      expect((await list("?status=cancelled")).orders.map((order) => order.progress_status)).toEqual(["cancelled"])
      expect((await list("?status=delivered")).orders).toEqual([])

      const page = await list("?limit=2&offset=1")
      expect(page).toEqual(expect.objectContaining({ count: 4, limit: 2, offset: 1 }))
      expect(page.orders.map((order) => order.id)).toEqual([ids[2], ids[1]])

      const byReference = await list(`?q=${groups[1].reference.toLowerCase()}`)
      expect(byReference.orders.map((order) => order.id)).toEqual([ids[1]])
      const byNumber = await list(`?q=%23${orderOf(groups[3], "nahl").display_id}`)
      expect(byNumber.orders.map((order) => order.id)).toEqual([ids[3]])

      const bad = await answer(api.get("/vendor/orders?status=lost", market.honeyOwner))
      expect(bad.status).toBe(400)
      expect(bad.data.errors.map((error: { field: string }) => error.field)).toEqual(["status"])
      const tooMany = await answer(api.get("/vendor/orders?limit=500", market.honeyOwner))
      expect(tooMany.status).toBe(400)
      expect(tooMany.data.errors.map((error: { field: string }) => error.field)).toEqual(["limit"])
      // `?locale=` names the reader's language and is not taken for a filter.
      const french = await answer(api.get("/vendor/orders?limit=500&locale=fr-MA", market.honeyOwner))
      expect(french.data.errors).toEqual([{ field: "limit", code: "too_large", message: "La valeur de « Nombre » est trop grande." }])
      expect((await answer(api.get("/vendor/orders?locale=fr-MA", market.honeyOwner))).status).toBe(200)
    })
  },
})
