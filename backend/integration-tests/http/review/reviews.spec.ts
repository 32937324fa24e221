import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type {
  AdminReviewListResponse,
  StoreOrderGroup,
  StoreProductReviewsResponse,
  StoreReviewAggregatesResponse,
  VendorReviewListResponse,
} from "@tadamon/shared"
import { createOrganizer } from "../../fixtures/admin"
import { useSmtpSink } from "../notification/smtp-sink"
import { REVIEW_MODULE } from "../../../src/modules/review"
import type ReviewModuleService from "../../../src/modules/review/service"
import { createReviewStep } from "../../../src/workflows/review/steps/create-review"
import { recordReviewModerationEventStep } from "../../../src/workflows/review/steps/record-review-moderation-event"
import { updateReviewStep } from "../../../src/workflows/review/steps/update-review"
import { sendReviewRequestsWorkflow, REVIEW_REQUEST_TEMPLATE } from "../../../src/workflows/review/send-review-requests"
import { ACCEPTED_TERMS, chooseShipping, payCashOnDelivery, registerCustomer, TAOUNATE_ADDRESS } from "../../fixtures/checkout"
import { answer, createMarket, orderOf, shipOrder, type Headers, type Market } from "../vendor/orders/fixtures"

jest.setTimeout(240 * 1000)

const sink = useSmtpSink()

/** A step that always fails, to roll back the steps before it. */
const failStep = createStep("fail-after-review-steps", async () => {
  throw new Error("Failing on purpose")
})

/** Writing a review, then hiding and logging it, then failing: every write must be undone. */
const rollbackWorkflow = createWorkflow(
  "review-steps-rollback",
  (input: { order_id: string; line_item_id: string; product_id: string; cooperative_id: string; customer_id: string }) => {
    const review = createReviewStep(
      transform({ input }, ({ input }) => ({ ...input, rating: 3, text: null, language: "fr" as const, author_name: "Fatima A." }))
    )
    updateReviewStep(
      transform({ review }, ({ review }) => ({
        id: review.id,
        changes: { status: "hidden" as const, hidden_reason: "test" },
        previous: { status: "visible" as const, hidden_reason: null },
      }))
    )
    recordReviewModerationEventStep(
      transform({ review }, ({ review }) => ({ review_id: review.id, action: "hide" as const, actor_id: null, reason: "test" }))
    )
    failStep()
    return new WorkflowResponse(review)
  }
)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Market
    let fatima: Headers
    let youssef: Headers
    let group: StoreOrderGroup
    let honeyProductId: string

    /** A signed-in customer's cash-on-delivery checkout of 2 honey + 1 figs. */
    async function placeOrder(session: Headers): Promise<StoreOrderGroup> {
      const { data } = await api.post(
        "/store/carts",
        { region_id: market.store.regionId, shipping_address: TAOUNATE_ADDRESS, locale: "ar-MA", metadata: ACCEPTED_TERMS },
        session
      )
      await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: market.honey.variants["thyme-honey"], quantity: 2 }, session)
      await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: market.figs.variants["dried-figs"], quantity: 1 }, session)
      await chooseShipping(api, market.store, data.cart.id)
      await payCashOnDelivery(api, market.store, data.cart.id)
      const placed = await api.post(`/store/carts/${data.cart.id}/complete`, {}, session)
      return placed.data.order_group
    }

    const honeyLine = (placed: StoreOrderGroup) => {
      const order = orderOf(placed, "nahl")
      return { order_id: order.id, line_item_id: order.items[0].id }
    }
    const figsLine = (placed: StoreOrderGroup) => {
      const order = orderOf(placed, "tin")
      return { order_id: order.id, line_item_id: order.items[0].id }
    }
    const storeReviews = async (query = "") =>
      (await api.get(`/store/products/${honeyProductId}/reviews${query}`, market.store.storeHeaders)).data as StoreProductReviewsResponse
    const aggregates = async () =>
      (
        await api.get(
          `/store/reviews/aggregates?product_id=${honeyProductId}&cooperative_id=${market.honey.cooperative.id}`,
          market.store.storeHeaders
        )
      ).data as StoreReviewAggregatesResponse

    beforeEach(async () => {
      market = await createMarket(getContainer())
      fatima = await registerCustomer(api, market.store, "fatima@example.ma")
      youssef = await registerCustomer(api, market.store, "youssef@example.ma")
      group = await placeOrder(fatima)
      await shipOrder(api, market.honeyOwner, orderOf(group, "nahl").id, "RR000000001MA")
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { handle: "thyme-honey" } })
      honeyProductId = data[0].id
    })

    it("lets only the buyer of a delivered line review it, once, with the text kept as written", async () => {
      const text = `<script>alert("x")</script> عسل الزعتر ممتاز`

      // A line not yet delivered (the figs cooperative has not even accepted it).
      const early = await answer(api.post("/store/reviews", { ...figsLine(group), rating: 5, language: "ar" }, fatima))
      expect(early.status).toBe(400)
      expect(early.data.errors).toEqual([expect.objectContaining({ field: "line_item_id", code: "review_not_delivered" })])

      // Another customer's line, and nobody signed in.
      const intruder = await answer(api.post("/store/reviews", { ...honeyLine(group), rating: 1, language: "fr" }, youssef))
      expect(intruder.status).toBe(404)
      expect(intruder.data.errors).toEqual([expect.objectContaining({ field: "line_item_id", code: "unknown_order_line" })])
      const guest = await answer(api.post("/store/reviews", { ...honeyLine(group), rating: 1, language: "fr" }, market.store.storeHeaders))
      expect(guest.status).toBe(401)

      // Bad input: one 400 naming each field, in the request's language; never a 500.
      const french = { headers: { ...fatima.headers, "x-medusa-locale": "fr-MA" } }
      for (const [body, field] of [
        [{ ...honeyLine(group), rating: 6, language: "ar" }, "rating"],
        [{ ...honeyLine(group), rating: 0, language: "ar" }, "rating"],
        [{ ...honeyLine(group), rating: 4.5, language: "ar" }, "rating"],
        [{ ...honeyLine(group), rating: "5", language: "ar" }, "rating"],
        [{ ...honeyLine(group), rating: 5, language: "de" }, "language"],
        [{ ...honeyLine(group), rating: 5, language: "ar", text: "x".repeat(2001) }, "text"],
        [{ ...honeyLine(group), rating: 5, language: "ar", customer_id: "cus_other" }, "customer_id"],
        [{ order_id: group.orders[0].id, rating: 5, language: "ar" }, "line_item_id"],
        [{ ...honeyLine(group), rating: 5, language: "ar", text: ["a"] }, "text"],
      ] as const) {
        const refused = await answer(api.post("/store/reviews", body, french))
        expect({ field, status: refused.status }).toEqual({ field, status: 400 })
        expect(refused.data.errors).toEqual([expect.objectContaining({ field })])
      }
      const nonsense = await answer(api.post("/store/reviews", { order_id: "order_nope", line_item_id: "ordli_nope", rating: 3, language: "en" }, fatima))
      expect(nonsense.status).toBe(404)

      const created = await answer(api.post("/store/reviews", { ...honeyLine(group), rating: 5, language: "ar", text }, fatima))
      expect(created.status).toBe(201)
      expect(created.data.review).toEqual(expect.objectContaining({ rating: 5, language: "ar", text, author: "Fatima A.", answer: null }))
      expect(JSON.stringify(created.data)).not.toContain("Alaoui")

      const again = await answer(api.post("/store/reviews", { ...honeyLine(group), rating: 1, language: "fr", text: "encore" }, fatima))
      expect(again.status).toBe(409)
      expect(again.data.errors).toEqual([expect.objectContaining({ field: "line_item_id", code: "review_exists" })])

      const listed = await storeReviews()
      expect(listed.reviews).toEqual([expect.objectContaining({ rating: 5, text, language: "ar", author: "Fatima A." })])
      expect(listed.aggregate).toEqual({ average: 5, count: 1 })

      const mine = (await api.get(`/store/customers/me/reviews?order_id=${honeyLine(group).order_id}`, fatima)).data
      expect(mine.reviews).toEqual([expect.objectContaining({ line_item_id: honeyLine(group).line_item_id, rating: 5 })])
      expect((await api.get("/store/customers/me/reviews", youssef)).data.reviews).toEqual([])
    })

    it("averages visible reviews, lets only the product's cooperative answer, and keeps hidden reviews out of the store", async () => {
      const hisGroup = await placeOrder(youssef)
      await shipOrder(api, market.honeyOwner, orderOf(hisGroup, "nahl").id, "RR000000002MA")
      const first = (await api.post("/store/reviews", { ...honeyLine(group), rating: 5, language: "ar", text: "ممتاز" }, fatima)).data.review
      const second = (await api.post("/store/reviews", { ...honeyLine(hisGroup), rating: 2, language: "fr", text: "Trop sucré" }, youssef)).data.review

      // Newest first, paginated, with the aggregate.
      const page = await storeReviews("?limit=1")
      expect(page.reviews.map((review) => review.id)).toEqual([second.id])
      expect(page).toEqual(expect.objectContaining({ count: 2, limit: 1, offset: 0, aggregate: { average: 3.5, count: 2 } }))
      expect((await storeReviews("?limit=1&offset=1")).reviews.map((review) => review.id)).toEqual([first.id])
      expect(await aggregates()).toEqual({ products: { [honeyProductId]: { average: 3.5, count: 2 } }, cooperative: { average: 3.5, count: 2 } })
      const badPage = await answer(api.get(`/store/products/${honeyProductId}/reviews?limit=500`, market.store.storeHeaders))
      expect(badPage.status).toBe(400)
      expect(badPage.data.errors).toEqual([expect.objectContaining({ field: "limit" })])

      // Another cooperative neither sees nor answers the honey cooperative's reviews.
      const figsList: VendorReviewListResponse = (await api.get("/vendor/reviews", market.figsOwner)).data
      expect(figsList.reviews).toEqual([])
      const foreign = await answer(api.post(`/vendor/reviews/${second.id}/answer`, { text: "Merci" }, market.figsOwner))
      expect(foreign.status).toBe(404)
      const blank = await answer(api.post(`/vendor/reviews/${second.id}/answer`, { text: "   " }, market.honeyOwner))
      expect(blank.status).toBe(400)
      expect(blank.data.errors).toEqual([expect.objectContaining({ field: "text" })])

      // The honey cooperative answers, then edits its one answer.
      expect((await api.post(`/vendor/reviews/${second.id}/answer`, { text: "Merci, essayez le miel d'euphorbe" }, market.honeyOwner)).status).toBe(200)
      const edited = (await api.post(`/vendor/reviews/${second.id}/answer`, { text: "Merci pour votre avis" }, market.honeyOwner)).data.review
      expect(edited.answer).toEqual(expect.objectContaining({ text: "Merci pour votre avis" }))
      const honeyList: VendorReviewListResponse = (await api.get("/vendor/reviews", market.honeyOwner)).data
      expect(honeyList.reviews.map((review) => review.id)).toEqual([second.id, first.id])
      expect((await storeReviews()).reviews[0].answer).toEqual(expect.objectContaining({ text: "Merci pour votre avis" }))

      // Reports: once per reporter, reported reviews first for organizers.
      expect((await api.post(`/store/reviews/${first.id}/report`, {}, youssef)).data).toEqual({ reported: true })
      await api.post(`/store/reviews/${first.id}/report`, {}, youssef)
      await api.post(`/store/reviews/${first.id}/report`, {}, market.store.storeHeaders)
      const { adminHeaders } = await createOrganizer(getContainer())
      const queue: AdminReviewListResponse = (await api.get("/admin/reviews", adminHeaders)).data
      expect(queue.reviews.map((review) => [review.id, review.report_count])).toEqual([
        [first.id, 2],
        [second.id, 0],
      ])

      // Hiding takes a reason; a hidden review leaves every store answer and is logged.
      const noReason = await answer(api.post(`/admin/reviews/${first.id}/hide`, {}, adminHeaders))
      expect(noReason.status).toBe(400)
      expect(noReason.data.errors).toEqual([expect.objectContaining({ field: "reason" })])
      const hidden = (await api.post(`/admin/reviews/${first.id}/hide`, { reason: "Données personnelles" }, adminHeaders)).data.review
      expect(hidden).toEqual(expect.objectContaining({ status: "hidden", hidden_reason: "Données personnelles" }))
      expect(hidden.moderation_events).toEqual([
        expect.objectContaining({ action: "hide", reason: "Données personnelles", actor_email: "organizer@tadamon.test" }),
      ])
      expect((await answer(api.post(`/admin/reviews/${first.id}/hide`, { reason: "encore" }, adminHeaders))).status).toBe(409)
      const afterHiding = await storeReviews()
      expect(afterHiding.reviews.map((review) => review.id)).toEqual([second.id])
      expect(afterHiding).toEqual(expect.objectContaining({ count: 1, aggregate: { average: 2, count: 1 } }))
      expect(await aggregates()).toEqual({ products: { [honeyProductId]: { average: 2, count: 1 } }, cooperative: { average: 2, count: 1 } })
      expect((await answer(api.post(`/store/reviews/${first.id}/report`, {}, youssef))).status).toBe(404)

      // Restoring brings it back, logged too.
      const restored = (await api.post(`/admin/reviews/${first.id}/restore`, {}, adminHeaders)).data.review
      expect(restored.moderation_events.map((event: { action: string }) => event.action).sort()).toEqual(["hide", "restore"])
      expect((await storeReviews()).aggregate).toEqual({ average: 3.5, count: 2 })

      // Only organizers moderate.
      expect((await answer(api.post(`/admin/reviews/${first.id}/hide`, { reason: "spam spam" }, market.honeyOwner))).status).toBe(401)
      expect((await answer(api.get("/admin/reviews", fatima))).status).toBe(401)
    })

    it("asks the customer by email to review a delivered order after the delay, in the order's language, once", async () => {
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      const sent = async () => notifications.listNotifications({ template: REVIEW_REQUEST_TEMPLATE })
      const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString()

      // Too early: 2 days after delivery with the default delay of 3.
      await sendReviewRequestsWorkflow(getContainer()).run({ input: { now: inDays(2) } })
      expect(await sent()).toEqual([])

      await sendReviewRequestsWorkflow(getContainer()).run({ input: { now: inDays(4) } })
      const [email, ...others] = await sent()
      expect(others).toEqual([])
      // The honey order only: the figs order is not delivered.
      expect(email).toEqual(expect.objectContaining({ to: "fatima@example.ma", resource_id: orderOf(group, "nahl").id }))
      const received = await sink.next((candidate) => !!candidate.mail.subject?.includes("ما رأيك في منتجات") && candidate.envelopeTo.includes("fatima@example.ma"))
      expect(received.mail.subject).toBe("تضامن: ما رأيك في منتجات تعاونية النحل؟")
      expect(received.mail.text).toContain(`/ar/account/orders/${group.reference}`)
      expect(received.mail.text).toContain("thyme-honey")

      // Never twice.
      await sendReviewRequestsWorkflow(getContainer()).run({ input: { now: inDays(5) } })
      expect(await sent()).toHaveLength(1)
    })

    it("undoes a review, its moderation and its log entry when a later step fails", async () => {
      const reviews: ReviewModuleService = getContainer().resolve(REVIEW_MODULE)
      const { errors } = await rollbackWorkflow(getContainer()).run({
        input: {
          ...honeyLine(group),
          product_id: honeyProductId,
          cooperative_id: market.honey.cooperative.id,
          customer_id: "cus_rollback",
        },
        throwOnError: false,
      })
      expect(errors.map((error) => error.error?.message)).toEqual(["Failing on purpose"])
      expect(await reviews.listReviews({}, { withDeleted: false })).toEqual([])
      expect(await reviews.listReviewModerationEvents({})).toEqual([])

      // The line can still be reviewed: nothing of the failed attempt stands in the way.
      const created = await answer(api.post("/store/reviews", { ...honeyLine(group), rating: 4, language: "fr" }, fatima))
      expect(created.status).toBe(201)
    })
  },
})
