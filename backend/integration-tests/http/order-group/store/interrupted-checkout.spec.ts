import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { StoreOrderGroup } from "@tadamon/shared"
import undoInterruptedCheckoutsJob from "../../../../src/jobs/undo-interrupted-checkouts"
import { completeCartWithCooperativeOrdersWorkflow } from "../../../../src/workflows/order-group/complete-cart-with-cooperative-orders"
import { createStoreFixture, type StoreFixture } from "../../../fixtures/catalog"
import { chooseShipping, completeCart, createCart, createShop, payCashOnDelivery, type Shop } from "../../../fixtures/checkout"

jest.setTimeout(180 * 1000)

/**
 * A completion killed half-way (kill -9, power loss) runs no compensation: Medusa's in-memory
 * workflow engine forgets it with the process. These tests stop a real completion at a chosen step
 * for good (the call there never returns) and drop its lock, which is what the process's death
 * leaves behind: the rows written so far, and no run to finish or undo them.
 */
let freezeAtHook = false
completeCartWithCooperativeOrdersWorkflow.hooks.orderGroupPlaced(async () => {
  if (freezeAtHook) {
    await new Promise<never>(() => undefined)
  }
})

type Counts = { groups: number; placing: number; orders: number; reserved: number; authorizedPayments: number; collections: number }

async function counts(container: MedusaContainer): Promise<Counts> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: groups } = await query.graph({ entity: "order_group", fields: ["id", "status"] })
  const { data: orders } = await query.graph({ entity: "order", fields: ["id"] })
  const { data: reservations } = await query.graph({ entity: "reservation_item", fields: ["quantity"] })
  const payments = await container.resolve(Modules.PAYMENT).listPayments({})
  const collections = await container.resolve(Modules.PAYMENT).listPaymentCollections({})
  return {
    groups: groups.length,
    placing: groups.filter((group) => group.status === "placing").length,
    orders: orders.length,
    reserved: reservations.reduce((sum, reservation) => sum + Number(reservation.quantity), 0),
    authorizedPayments: payments.filter((payment) => !payment.captured_at && !payment.canceled_at).length,
    // The carts' own collections are not counted: only the per-order ones carry a cart in metadata.
    collections: collections.filter((collection) => collection.metadata?.cart_id).length,
  }
}

async function waitFor<T>(what: string, read: () => Promise<T | null | undefined | false>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (value) {
      return value
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${what}`)
    }
    await new Promise((resolve) => setImmediate(resolve))
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreFixture
    let honey: Shop
    let figs: Shop

    beforeAll(async () => {
      const container = getContainer()
      store = await createStoreFixture(container)
      honey = await createShop(container, store, { handle: "nahl", name: "تعاونية النحل", sector: "honey" }, [
        { handle: "thyme-honey", price: 180, stock: 10 },
      ])
      figs = await createShop(container, store, { handle: "tin", name: "تعاونية التين", sector: "figs-dried-fruit" }, [
        { handle: "dried-figs", price: 90, stock: 10 },
      ])
    })

    // The frozen completions' requests never get an answer: their clients hang up after each test
    // (as the killed process's clients saw their connections drop), so the server can stop.
    let hangUps: AbortController[] = []
    function startCompletion(cartId: string) {
      const hangUp = new AbortController()
      hangUps.push(hangUp)
      void api.post(`/store/carts/${cartId}/complete`, {}, { ...store.storeHeaders, signal: hangUp.signal }).catch(() => undefined)
    }

    afterEach(() => {
      freezeAtHook = false
      jest.restoreAllMocks()
      hangUps.forEach((hangUp) => hangUp.abort())
      hangUps = []
    })

    async function readyCart() {
      const cartId = await createCart(api, store, [
        { variant_id: honey.variants["thyme-honey"], quantity: 2 },
        { variant_id: figs.variants["dried-figs"], quantity: 1 },
      ])
      await chooseShipping(api, store, cartId)
      await payCashOnDelivery(api, store, cartId)
      return cartId
    }

    /**
     * Starts completing the cart and freezes it for good where its orders' payments are being
     * authorized (side by side, one per order): its orders and reservations are written, its
     * payments and links are not. Then the lock goes, as with the process. Every order's call is
     * awaited before the spy goes: a call made after it would authorize for real.
     */
    async function interruptAtPayments(cartId: string, orders = 2) {
      const container = getContainer()
      const payments = container.resolve(Modules.PAYMENT)
      const frozen = jest.spyOn(payments, "authorizePaymentSession").mockImplementation(() => new Promise<never>(() => undefined))
      startCompletion(cartId)
      await waitFor("the completion to reach every order's payment", async () => frozen.mock.calls.length >= orders)
      frozen.mockRestore()
      await container.resolve(Modules.LOCKING).release(cartId)
    }

    it("leaves a half-made checkout when interrupted (the state the fix must handle)", async () => {
      const cartId = await readyCart()
      await interruptAtPayments(cartId)

      const partial = await counts(getContainer())
      expect(partial.orders).toBe(2)
      expect(partial.reserved).toBe(3)
      expect(partial.authorizedPayments).toBe(0)
    })

    it("completes an interrupted cart again, whole, and removes what the interrupted run wrote", async () => {
      const cartId = await readyCart()
      await interruptAtPayments(cartId)

      const response = await completeCart(api, store, cartId)
      expect(response.status).toBe(200)
      const group: StoreOrderGroup = response.data.order_group
      expect(group.orders).toHaveLength(2)
      for (const order of group.orders) {
        expect(order.payment_status).toBe("authorized")
      }
      // One group, its two orders, one reservation per line, one authorized payment per order:
      // nothing left of the interrupted run.
      expect(await counts(getContainer())).toEqual({
        groups: 1,
        placing: 0,
        orders: 2,
        reserved: 3,
        authorizedPayments: 2,
        collections: 2,
      })
      const again = await completeCart(api, store, cartId)
      expect(again.status).toBe(200)
      expect(again.data.order_group.reference).toBe(group.reference)
    })

    it("never answers a group whose completion stopped before it was placed, and places the cart afresh", async () => {
      const cartId = await readyCart()
      freezeAtHook = true
      startCompletion(cartId)
      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      // Everything is written (orders, reservations, payments, links, the cart's completed_at) but
      // the group is still `placing`.
      const [frozen] = await waitFor("the completion to reach its hook", async () => {
        const { data: carts } = await query.graph({ entity: "cart", fields: ["completed_at"], filters: { id: cartId } })
        if (!carts[0]?.completed_at) {
          return null
        }
        const { data } = await query.graph({ entity: "order_group", fields: ["reference", "email"], filters: { cart_id: cartId } })
        return data.length ? data : null
      })
      freezeAtHook = false
      await container.resolve(Modules.LOCKING).release(cartId)

      const lookup = await api
        .get(`/store/order-groups/${frozen.reference}?email=${encodeURIComponent(frozen.email)}`, store.storeHeaders)
        .catch((error: { response: { status: number } }) => error.response)
      expect(lookup.status).toBe(404)

      const response = await completeCart(api, store, cartId)
      expect(response.status).toBe(200)
      expect(response.data.order_group.reference).not.toBe(frozen.reference)
      expect(response.data.order_group.orders).toHaveLength(2)
      expect(await counts(container)).toEqual({ groups: 1, placing: 0, orders: 2, reserved: 3, authorizedPayments: 2, collections: 2 })
    })

    it("the interrupted-checkouts job undoes a completion nobody retried: stock, payments and cart are free again", async () => {
      const cartId = await readyCart()
      await interruptAtPayments(cartId)
      const container = getContainer()

      // Within its grace period the job leaves the checkout alone (it may still be running).
      await undoInterruptedCheckoutsJob(container)
      expect((await counts(container)).orders).toBe(2)

      // Older than the grace period: undone.
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await pg("order_group").where({ cart_id: cartId }).update({ created_at: new Date(Date.now() - 10 * 60_000) })
      await undoInterruptedCheckoutsJob(container)
      expect(await counts(container)).toEqual({ groups: 0, placing: 0, orders: 0, reserved: 0, authorizedPayments: 0, collections: 0 })
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: carts } = await query.graph({ entity: "cart", fields: ["completed_at"], filters: { id: cartId } })
      expect(carts[0].completed_at).toBeNull()

      // The customer can still place it.
      const response = await completeCart(api, store, cartId)
      expect(response.status).toBe(200)
      expect(await counts(container)).toEqual({ groups: 1, placing: 0, orders: 2, reserved: 3, authorizedPayments: 2, collections: 2 })
    })
  },
})
