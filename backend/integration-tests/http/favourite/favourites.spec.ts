import type { IProductModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { StoreFavouritesResponse } from "@tadamon/shared"
import { createCooperative, createCooperativeProduct, createStoreFixture, type StoreFixture } from "../../fixtures/catalog"
import { signUpCustomer, type CustomerSession } from "../../fixtures/customer"
import { COOPERATIVE_MODULE } from "../../../src/modules/cooperative"
import type CooperativeModuleService from "../../../src/modules/cooperative/service"
import { removeFavouriteWorkflow } from "../../../src/workflows/favourite/remove-favourite"
import { saveFavouritesWorkflow } from "../../../src/workflows/favourite/save-favourites"
import { sendFavouritesDigestsWorkflow } from "../../../src/workflows/favourite/send-favourites-digests"
import { createEdition } from "../../fixtures/market"
import { useSmtpSink } from "../notification/smtp-sink"

jest.setTimeout(120 * 1000)

const sink = useSmtpSink({ from: "Tadamon <no-reply@tadamon.test>" })
const WEEK = 7 * 24 * 60 * 60 * 1000

/** The unsubscribe link of a digest's text. */
function unsubscribeLink(text: string | undefined): URL {
  const match = text?.match(/https?:\/\/\S+\/unsubscribe\?token=\S+/)
  if (!match) {
    throw new Error(`No unsubscribe link in: ${text}`)
  }
  return new URL(match[0])
}

const FAVOURITES = "/store/customers/me/favourites"

type ErrorBody = { errors: Array<{ field: string; code: string; message: string }> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: StoreFixture
    let amina: CustomerSession
    let youssef: CustomerSession
    let cooperativeId: string
    let honeyId: string
    let figsId: string
    let aminaEmail: string
    let youssefEmail: string

    /** Answers as they are, errors included. */
    const send = (method: "get" | "post" | "delete", url: string, session: { headers: Record<string, string> }, body?: unknown) => {
      const config = { ...session, validateStatus: () => true }
      return method === "post" ? api.post(url, body, config) : api[method](url, config)
    }
    const list = async (session: CustomerSession) => {
      const response = await send("get", FAVOURITES, session)
      expect(response.status).toBe(200)
      return response.data as StoreFavouritesResponse
    }
    const productIds = (favourites: StoreFavouritesResponse) => favourites.products.map((product) => product.id)

    beforeEach(async () => {
      const container = getContainer()
      store = await createStoreFixture(container)
      const cooperative = await createCooperative(container, { handle: "nahl-taounate" })
      cooperativeId = cooperative.id
      honeyId = (await createCooperativeProduct(container, store, cooperative.id, { title: "عسل الزعتر", handle: "asal-zaatar" })).id
      figsId = (await createCooperativeProduct(container, store, cooperative.id, { title: "تين مجفف", handle: "karmous" })).id
      aminaEmail = `amina-${Date.now()}@example.ma`
      youssefEmail = `youssef-${Date.now()}@example.ma`
      amina = await signUpCustomer(api, store, aminaEmail)
      youssef = await signUpCustomer(api, store, youssefEmail)
    })

    it("saves, lists with what the page shows, and removes; each twice changes nothing", async () => {
      const first = await send("post", FAVOURITES, amina, { kind: "product", id: honeyId })
      expect(first.status).toBe(200)
      const again = await send("post", FAVOURITES, amina, { kind: "product", id: honeyId })
      expect(again.status).toBe(200)
      await send("post", FAVOURITES, amina, { kind: "cooperative", id: cooperativeId })

      const saved = await list(amina)
      expect(saved.products).toHaveLength(1)
      expect(saved.products[0]).toMatchObject({ id: honeyId, handle: "asal-zaatar", title: "عسل الزعتر", cooperative: { id: cooperativeId, handle: "nahl-taounate" } })
      expect(saved.cooperatives).toEqual([expect.objectContaining({ id: cooperativeId, handle: "nahl-taounate" })])
      expect(saved.ids).toHaveLength(2)

      const removed = await send("delete", `${FAVOURITES}/product/${honeyId}`, amina)
      expect(removed.status).toBe(200)
      expect(productIds(removed.data as StoreFavouritesResponse)).toEqual([])
      expect((await send("delete", `${FAVOURITES}/product/${honeyId}`, amina)).status).toBe(200)
      expect((await list(amina)).cooperatives).toHaveLength(1)
    })

    it("merges a guest's list at sign-in, idempotently, skipping what can no longer be saved", async () => {
      await send("post", FAVOURITES, amina, { kind: "product", id: figsId })
      const hidden = await createCooperativeProduct(getContainer(), store, cooperativeId, { title: "زيت", handle: "zit" })
      await getContainer().resolve<IProductModuleService>(Modules.PRODUCT).updateProducts(hidden.id, { status: "draft" })
      const items = [
        { kind: "product", id: honeyId },
        { kind: "product", id: figsId },
        { kind: "product", id: honeyId },
        { kind: "cooperative", id: cooperativeId },
        { kind: "product", id: hidden.id },
        { kind: "product", id: "prod_01UNKNOWN" },
      ]
      const merged = await send("post", `${FAVOURITES}/merge`, amina, { items })
      expect(merged.status).toBe(200)
      const twice = await send("post", `${FAVOURITES}/merge`, amina, { items })
      expect(twice.status).toBe(200)
      const saved = await list(amina)
      expect(productIds(saved).sort()).toEqual([figsId, honeyId].sort())
      expect(saved.ids).toHaveLength(3)
      expect(saved.cooperatives.map((cooperative) => cooperative.id)).toEqual([cooperativeId])
      expect((await send("post", `${FAVOURITES}/merge`, amina, { items: [] })).status).toBe(200)
    })

    it("refuses a hidden product and a suspended cooperative, and stops showing what became hidden", async () => {
      const container = getContainer()
      await send("post", FAVOURITES, amina, { kind: "product", id: honeyId })
      await container.resolve<IProductModuleService>(Modules.PRODUCT).updateProducts(figsId, { status: "draft" })
      const draft = await send("post", FAVOURITES, amina, { kind: "product", id: figsId })
      expect(draft.status).toBe(400)
      expect((draft.data as ErrorBody).errors).toEqual([expect.objectContaining({ field: "id", code: "not_favouritable" })])

      await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).updateCooperatives({ id: cooperativeId, status: "suspended" })
      const suspended = await send("post", FAVOURITES, { headers: { ...amina.headers, "x-medusa-locale": "fr-MA" } }, { kind: "cooperative", id: cooperativeId })
      expect(suspended.status).toBe(400)
      expect((suspended.data as ErrorBody).errors[0]).toMatchObject({
        field: "id",
        code: "not_favouritable",
        message: "Impossible d'enregistrer ce produit ou de suivre cette coopérative : il n'est pas proposé sur Tadamon en ce moment.",
      })
      // The honey of a suspended cooperative: not saved again, no longer shown, still remembered.
      expect((await send("post", FAVOURITES, amina, { kind: "product", id: honeyId })).status).toBe(400)
      const saved = await list(amina)
      expect(saved.products).toEqual([])
      expect(saved.ids).toEqual([{ kind: "product", id: honeyId }])
    })

    it("keeps each customer's favourites to themselves", async () => {
      await send("post", FAVOURITES, amina, { kind: "product", id: honeyId })
      await send("post", FAVOURITES, youssef, { kind: "product", id: figsId })
      expect(productIds(await list(amina))).toEqual([honeyId])
      expect(productIds(await list(youssef))).toEqual([figsId])

      // Youssef removing Amina's product removes nothing of hers.
      expect((await send("delete", `${FAVOURITES}/product/${honeyId}`, youssef)).status).toBe(200)
      expect(productIds(await list(amina))).toEqual([honeyId])
      // Nor can a body name another customer.
      const smuggled = await send("post", FAVOURITES, youssef, { kind: "product", id: honeyId, customer_id: "cus_other" })
      expect(smuggled.status).toBe(400)
      expect(productIds(await list(youssef))).toEqual([figsId])

      const guest = await send("get", FAVOURITES, store.storeHeaders)
      expect(guest.status).toBe(401)
    })

    it("answers bad input with 400 and the field, in the request's language", async () => {
      const cases: Array<[unknown, string]> = [
        [{ kind: "wish", id: honeyId }, "kind"],
        [{ kind: "product" }, "id"],
        [{ kind: "product", id: cooperativeId }, "id"],
        [{ kind: "product", id: "prod_'; drop table favourite;--" }, "id"],
        [{ kind: "product", id: "prod_" + "A".repeat(200) }, "id"],
        [{ kind: "product", id: 42 }, "id"],
      ]
      for (const [body, field] of cases) {
        const response = await send("post", FAVOURITES, amina, body)
        expect(response.status).toBe(400)
        expect((response.data as ErrorBody).errors.map((error) => error.field)).toContain(field)
      }
      const arabic = await send("post", FAVOURITES, amina, { kind: "wish", id: honeyId })
      expect((arabic.data as ErrorBody).errors[0].message).toMatch(/[\u0600-\u06FF]/)
      const french = await send("post", FAVOURITES, { headers: { ...amina.headers, "x-medusa-locale": "fr-MA" } }, { kind: "wish", id: honeyId })
      expect((french.data as ErrorBody).errors[0].message).toContain("Type")
      expect((french.data as ErrorBody).errors[0].message).not.toMatch(/[\u0600-\u06FF]/)

      const tooMany = await send("post", `${FAVOURITES}/merge`, amina, {
        items: Array.from({ length: 51 }, (_, i) => ({ kind: "product", id: `prod_${i}` })),
      })
      expect(tooMany.status).toBe(400)
      expect((tooMany.data as ErrorBody).errors[0].field).toBe("items")
      const notAList = await send("post", `${FAVOURITES}/merge`, amina, { items: "prod_1" })
      expect(notAList.status).toBe(400)
      const badItem = await send("post", `${FAVOURITES}/merge`, amina, { items: [{ kind: "product", id: honeyId }, { kind: "x", id: "y" }] })
      expect(badItem.status).toBe(400)
      expect((badItem.data as ErrorBody).errors.map((error) => error.field)).toContain("items.1.kind")

      expect((await send("delete", `${FAVOURITES}/wish/${honeyId}`, amina)).status).toBe(400)
      expect((await send("delete", `${FAVOURITES}/product/coop_1`, amina)).status).toBe(400)
      expect((await send("delete", `${FAVOURITES}/product/%00`, amina)).status).toBe(400)
    })

    it("emails followers a weekly digest in their language, once a week, with a link that unsubscribes without sign-in", async () => {
      const container = getContainer()
      // Amina reads French (stored on her account); Youssef has no language and no order: Arabic.
      await api.post("/store/customers/me", { metadata: { locale: "fr" } }, amina)
      await send("post", FAVOURITES, amina, { kind: "cooperative", id: cooperativeId })
      await send("post", FAVOURITES, youssef, { kind: "cooperative", id: cooperativeId })
      // A cooperative nobody follows has news too: it stays out of every digest.
      const other = await createCooperative(container, { handle: "other-coop" })
      await createCooperativeProduct(container, store, other.id, { title: "أملو", handle: "amlou" })
      await createEdition(container, { participants: [{ cooperative_id: cooperativeId, stand_number: "B-12" }] })

      const now = new Date()
      const { result: first } = await sendFavouritesDigestsWorkflow(container).run({ input: { now } })
      expect(first.map((digest) => digest.email).sort()).toEqual([aminaEmail, youssefEmail].sort())

      const { mail } = await sink.next((email) => email.envelopeTo.includes(aminaEmail))
      expect(mail.subject).toBe("Tadamon : les nouveautés des coopératives que vous suivez")
      expect(mail.html).toContain('<html lang="fr" dir="ltr">')
      expect(mail.text).toContain("عسل الزعتر")
      expect(mail.text).toContain("/fr/products/asal-zaatar")
      expect(mail.text).toContain("stand B-12")
      expect(mail.text).not.toContain("amlou")
      const arabic = await sink.next((email) => email.envelopeTo.includes(youssefEmail))
      expect(arabic.mail.html).toContain('<html lang="ar" dir="rtl">')
      expect(arabic.mail.text).toContain("/ar/unsubscribe?token=")

      // The same week again: nothing more.
      const { result: again } = await sendFavouritesDigestsWorkflow(container).run({ input: { now: new Date(now.getTime() + WEEK / 2) } })
      expect(again).toEqual([])
      expect(sink.received.filter((email) => email.envelopeTo.includes(aminaEmail))).toHaveLength(1)

      // Amina unsubscribes from the link, signed out; a forged or altered token changes nothing.
      const link = unsubscribeLink(mail.text)
      expect(link.pathname).toBe("/fr/unsubscribe")
      const token = link.searchParams.get("token") ?? ""
      const forged = await send("post", "/store/favourites/unsubscribe", store.storeHeaders, { token: `${token.slice(0, -2)}xx` })
      expect(forged.status).toBe(400)
      expect((forged.data as ErrorBody).errors[0]).toMatchObject({ field: "token", code: "invalid_link" })
      expect((await send("post", "/store/favourites/unsubscribe", store.storeHeaders, {})).status).toBe(400)
      const unsubscribed = await send("post", "/store/favourites/unsubscribe", store.storeHeaders, { token })
      expect(unsubscribed.status).toBe(200)
      expect(unsubscribed.data).toEqual({ unsubscribed: true })

      // A week later, with a new product: Youssef hears of it, Amina does not.
      await createCooperativeProduct(container, store, cooperativeId, { title: "زيت الزيتون", handle: "zit-zitoun" })
      const { result: next } = await sendFavouritesDigestsWorkflow(container).run({ input: { now: new Date(now.getTime() + WEEK) } })
      expect(next.map((digest) => digest.email)).toEqual([youssefEmail])
      const second = await sink.next((email) => email.envelopeTo.includes(youssefEmail) && !!email.mail.text?.includes("zit-zitoun"))
      expect(second.mail.text).not.toContain("asal-zaatar")
      expect(sink.received.filter((email) => email.envelopeTo.includes(aminaEmail))).toHaveLength(1)
    })

    it("rolls back: a failed save keeps nothing new, a failed removal keeps the favourite, a failed digest is sent again next time", async () => {
      const container = getContainer()
      const customerId = (await api.get("/store/customers/me", amina)).data.customer.id as string
      await send("post", FAVOURITES, amina, { kind: "product", id: honeyId })

      const save = saveFavouritesWorkflow(container)
      save.appendAction("fail-after-save", "create-favourites", {
        invoke: async () => {
          throw new Error("The disk is full")
        },
      })
      const saved = await save.run({
        input: { customer_id: customerId, items: [{ kind: "product", id: honeyId }, { kind: "product", id: figsId }], unavailable: "refuse" },
        throwOnError: false,
      })
      expect(saved.errors[0].error.message).toContain("disk is full")
      expect(productIds(await list(amina))).toEqual([honeyId])

      const remove = removeFavouriteWorkflow(container)
      remove.appendAction("fail-after-remove", "delete-favourite", {
        invoke: async () => {
          throw new Error("The disk is full")
        },
      })
      const removed = await remove.run({ input: { customer_id: customerId, item: { kind: "product", id: honeyId } }, throwOnError: false })
      expect(removed.errors).toHaveLength(1)
      expect(productIds(await list(amina))).toEqual([honeyId])

      await send("post", FAVOURITES, amina, { kind: "cooperative", id: cooperativeId })
      const digest = sendFavouritesDigestsWorkflow(container)
      digest.appendAction("fail-after-send", "send-notifications", {
        invoke: async () => {
          throw new Error("The mail server is down")
        },
      })
      const now = new Date()
      const failed = await digest.run({ input: { now }, throwOnError: false })
      expect(failed.errors[0].error.message).toContain("mail server")
      // Not recorded as sent: the next run (an hour later, same week) sends it.
      const { result } = await sendFavouritesDigestsWorkflow(container).run({ input: { now: new Date(now.getTime() + 60 * 60 * 1000) } })
      expect(result.map((item) => item.email)).toEqual([aminaEmail])
      // The email of the failed run had gone out: the week's idempotency key keeps it to one.
      await sink.next((email) => email.envelopeTo.includes(aminaEmail))
      expect(sink.received.filter((email) => email.envelopeTo.includes(aminaEmail))).toHaveLength(1)
    })
  },
})
