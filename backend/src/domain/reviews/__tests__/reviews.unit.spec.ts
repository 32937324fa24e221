import { aggregateBy, aggregateRatings, authorName, moderationOrder, toStoreReview } from "../present"
import { reviewableLine, type ReviewableOrder } from "../reviewable-line"
import { reviewRequestDays, reviewRequestDue } from "../review-request"

const delivered: ReviewableOrder = {
  id: "order_1",
  customer_id: "cus_1",
  created_at: "2026-12-01T10:00:00Z",
  status: "pending",
  items: [{ id: "ordli_1", product_id: "prod_1" }],
  cooperative: { id: "coop_1" },
  fulfillments: [{ id: "ful_1", created_at: "2026-12-01T11:00:00Z", shipped_at: "2026-12-02T10:00:00Z", delivered_at: "2026-12-03T10:00:00Z" }],
  order_progress_events: [],
}

describe("reviewableLine", () => {
  it("accepts a delivered line of the customer's own order", () => {
    expect(reviewableLine(delivered, "ordli_1", "cus_1")).toEqual({ line: { product_id: "prod_1", cooperative_id: "coop_1" } })
  })

  it("answers another customer's order, a guest order and an unknown line alike: no such line", () => {
    const unknown = { problem: { field: "line_item_id", code: "unknown_order_line", status: "not_found" } }
    expect(reviewableLine(delivered, "ordli_1", "cus_2")).toEqual(unknown)
    expect(reviewableLine({ ...delivered, customer_id: null }, "ordli_1", "cus_1")).toEqual(unknown)
    expect(reviewableLine(delivered, "ordli_2", "cus_1")).toEqual(unknown)
    expect(reviewableLine(null, "ordli_1", "cus_1")).toEqual(unknown)
  })

  it("refuses a line whose order is shipped but not delivered, or cancelled", () => {
    const shipped = { ...delivered, fulfillments: [{ id: "ful_1", shipped_at: "2026-12-02T10:00:00Z" }] }
    expect(reviewableLine(shipped, "ordli_1", "cus_1")).toEqual({
      problem: { field: "line_item_id", code: "review_not_delivered", status: "invalid" },
    })
    expect(reviewableLine({ ...delivered, status: "canceled" }, "ordli_1", "cus_1")).toEqual(
      expect.objectContaining({ problem: expect.objectContaining({ code: "review_not_delivered" }) })
    )
  })

  it("takes Tadamon's delivered event when Medusa has no delivery date", () => {
    const byEvent = {
      ...delivered,
      fulfillments: [],
      order_progress_events: [{ id: "opev_1", event: "delivered", created_at: "2026-12-03T10:00:00Z" }],
    }
    expect(reviewableLine(byEvent, "ordli_1", "cus_1")).toEqual({ line: { product_id: "prod_1", cooperative_id: "coop_1" } })
  })
})

describe("authorName", () => {
  it("keeps the first name and the last name's initial only", () => {
    expect(authorName("Fatima Zahra", "Alaoui")).toBe("Fatima A.")
    expect(authorName("فاطمة", "العلوي")).toBe("فاطمة ا.")
    expect(authorName(null, null)).toBe("")
    expect(authorName("  ", "benali")).toBe("B.")
  })
})

describe("aggregates", () => {
  it("averages to one decimal and counts", () => {
    expect(aggregateRatings([])).toEqual({ average: null, count: 0 })
    expect(aggregateRatings([5, 4, 4])).toEqual({ average: 4.3, count: 3 })
    expect(aggregateBy([{ p: "a", r: 5 }, { p: "b", r: 2 }, { p: "a", r: 2 }], (row) => row.p, (row) => row.r)).toEqual({
      a: { average: 3.5, count: 2 },
      b: { average: 2, count: 1 },
    })
  })
})

describe("moderationOrder", () => {
  it("lists reported reviews first, most reported first, then the newest", () => {
    const reviews = [
      { id: "old", report_count: 0, created_at: "2026-12-01T00:00:00Z" },
      { id: "new", report_count: 0, created_at: "2026-12-05T00:00:00Z" },
      { id: "once", report_count: 1, created_at: "2026-11-01T00:00:00Z" },
      { id: "twice", report_count: 2, created_at: "2026-10-01T00:00:00Z" },
    ]
    expect(moderationOrder(reviews).map((review) => review.id)).toEqual(["twice", "once", "new", "old"])
  })
})

describe("toStoreReview", () => {
  it("shows the author's signature, the language and the answer", () => {
    expect(
      toStoreReview({
        id: "rev_1",
        product_id: "prod_1",
        rating: 4,
        text: "<b>Bon</b>",
        language: "fr",
        author_name: "Amina B.",
        created_at: "2026-12-05T00:00:00Z",
        answer_text: "Merci",
        answered_at: "2026-12-06T00:00:00Z",
      })
    ).toEqual({
      id: "rev_1",
      product_id: "prod_1",
      rating: 4,
      text: "<b>Bon</b>",
      language: "fr",
      author: "Amina B.",
      created_at: "2026-12-05T00:00:00.000Z",
      answer: { text: "Merci", answered_at: "2026-12-06T00:00:00.000Z", updated_at: "2026-12-06T00:00:00.000Z" },
    })
  })
})

describe("review requests", () => {
  it("waits the configured days after delivery, 3 by default", () => {
    expect(reviewRequestDays(undefined)).toBe(3)
    expect(reviewRequestDays(Number.NaN)).toBe(3)
    expect(reviewRequestDays(5)).toBe(5)
    const now = new Date("2026-12-10T12:00:00Z")
    expect(reviewRequestDue("2026-12-07T12:00:00Z", now, 3)).toBe(true)
    expect(reviewRequestDue("2026-12-07T12:00:01Z", now, 3)).toBe(false)
    expect(reviewRequestDue(null, now, 3)).toBe(false)
  })
})
