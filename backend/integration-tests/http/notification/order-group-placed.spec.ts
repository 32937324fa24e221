import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { formatPrice, type StoreOrderGroup } from "@tadamon/shared"
import { createStoreFixture, type StoreFixture } from "../../fixtures/catalog"
import { chooseShipping, completeCart, createCart, createShop, payCashOnDelivery, type Shop } from "../../fixtures/checkout"
import { sendOrderGroupPlacedEmailWorkflow } from "../../../src/workflows/notification/send-order-group-placed-email"
import { useSmtpSink } from "./smtp-sink"

jest.setTimeout(180 * 1000)

const sink = useSmtpSink()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreFixture
    let honey: Shop
    let figs: Shop

    beforeEach(async () => {
      const container = getContainer()
      store = await createStoreFixture(container)
      honey = await createShop(container, store, { handle: "nahl", name: "تعاونية النحل", sector: "honey" }, [
        { handle: "thyme-honey", price: 180, stock: 50 },
      ])
      figs = await createShop(container, store, { handle: "tin", name: "تعاونية التين", sector: "figs-dried-fruit" }, [
        { handle: "dried-figs", price: 90, stock: 50 },
      ])
    })

    async function placeOrder(email: string, locale?: string): Promise<StoreOrderGroup> {
      const cartId = await createCart(
        api,
        store,
        [
          { variant_id: honey.variants["thyme-honey"], quantity: 2 },
          { variant_id: figs.variants["dried-figs"], quantity: 1 },
        ],
        email
      )
      if (locale) {
        await api.post(`/store/carts/${cartId}`, { locale }, store.storeHeaders)
      }
      await chooseShipping(api, store, cartId)
      await payCashOnDelivery(api, store, cartId)
      // The confirmation goes out from the `order_group.placed` subscriber, after the response.
      const emailed = TestEventUtils.waitSubscribersExecution("order_group.placed", getContainer().resolve(Modules.EVENT_BUS))
      const response = await completeCart(api, store, cartId)
      expect(response.status).toBe(200)
      await emailed
      return response.data.order_group
    }

    it("emails the confirmation in Arabic: one section per cooperative, the amount to pay on delivery, the links", async () => {
      const group = await placeOrder("fatima@example.ma")

      const { envelopeTo, mail } = await sink.next((email) => email.mail.subject?.includes(group.reference) ?? false)
      expect(envelopeTo).toEqual(["fatima@example.ma"])
      expect(mail.from?.text).toBe('"Tadamon" <no-reply@tadamon.ma>')
      expect(mail.subject).toBe(`تضامن: توصلنا بطلبك ${group.reference}`)
      expect(mail.html).toContain('<html lang="ar" dir="rtl">')
      expect(mail.html).toContain("تعاونية النحل")
      expect(mail.html).toContain("تعاونية التين")
      expect(mail.html).toContain("المبلغ الواجب أداؤه عند الاستلام")
      expect(group.amount_to_collect).toBe(group.total)
      expect(mail.text).toContain(formatPrice(group.amount_to_collect, "ar"))
      for (const order of group.orders) {
        expect(mail.text).toContain(formatPrice(order.total, "ar"))
      }
      expect(mail.text).toContain(`http://localhost:8000/ar/account/orders/${group.reference}`)
      expect(mail.text).toContain("http://localhost:8000/ar/order/lookup")
    })

    it("writes in the cart's language, with the cooperatives' names translated", async () => {
      const group = await placeOrder("claire@example.fr", "fr-MA")

      const { mail } = await sink.next((email) => email.mail.subject?.includes(group.reference) ?? false)
      expect(mail.subject).toBe(`Tadamon : nous avons bien reçu votre commande ${group.reference}`)
      expect(mail.html).toContain('<html lang="fr" dir="ltr">')
      expect(mail.html).not.toContain("تعاونية النحل")
      expect(mail.text).toContain("Coopérative test")
      expect(mail.text).toContain(formatPrice(group.amount_to_collect, "fr"))
      expect(mail.text).toContain(`http://localhost:8000/fr/account/orders/${group.reference}`)
    })

    it("sends the confirmation once, however often the event is delivered", async () => {
      const group = await placeOrder("once@example.ma")
      await sink.next((email) => email.mail.subject?.includes(group.reference) ?? false)

      // A redelivered `order_group.placed` runs the workflow again.
      await sendOrderGroupPlacedEmailWorkflow(getContainer()).run({ input: { id: group.id } })

      expect(sink.received.filter((email) => email.mail.subject?.includes(group.reference))).toHaveLength(1)
    })
  },
})
