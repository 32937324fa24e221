import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Select, StatusBadge, Table, Text, toast } from "@medusajs/ui"
import type { AdminReview, ReviewStatus } from "@tadamon/shared"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { errorMessage } from "../cooperatives/components/api"
import { DecisionDrawer, useFormat } from "../cooperatives/components/shared"
import { REVIEWS_PAGE_SIZE, useCustomerReviews, useReviewDecision } from "./api"

const FILTERS = ["all", "visible", "hidden"] as const

/** One review: what the customer wrote (as text), the cooperative's answer, reports and the decisions taken. */
function ReviewCell({ review }: { review: AdminReview }) {
  const { t } = useTranslation("customerReviews")
  const format = useFormat()
  return (
    <div className="flex flex-col gap-y-1 py-2">
      <Text size="small" weight="plus">
        {"★".repeat(review.rating)}
        {"☆".repeat(5 - review.rating)} · {review.author || t("anonymous")} · {t(`language.${review.language}`)}
      </Text>
      {review.text ? (
        <Text size="small" className="whitespace-pre-line break-words" lang={review.language} dir="auto">
          {review.text}
        </Text>
      ) : null}
      {review.answer ? (
        <Text size="small" className="border-s-2 ps-2 text-ui-fg-subtle whitespace-pre-line" dir="auto">
          {t("answer")}: {review.answer.text}
        </Text>
      ) : null}
      {review.moderation_events.map((event) => (
        <Text key={event.id} size="xsmall" className="text-ui-fg-muted">
          {t(`event.${event.action}`, { who: event.actor_email ?? "—", when: format.dateTime(event.created_at) })}
          {event.reason ? ` · ${event.reason}` : ""}
        </Text>
      ))}
    </div>
  )
}

/** The organizers' moderation of customer reviews: reported ones first; hide with a reason, restore. */
const CustomerReviewsPage = () => {
  const { t } = useTranslation("customerReviews")
  const format = useFormat()
  const [filter, setFilter] = useState<ReviewStatus | "all">("all")
  const [page, setPage] = useState(0)
  const { data, isLoading, isError } = useCustomerReviews(filter, page * REVIEWS_PAGE_SIZE)
  const decide = useReviewDecision()
  const [hiding, setHiding] = useState<AdminReview | null>(null)
  const count = data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / REVIEWS_PAGE_SIZE))

  const hide = async (reason: string) => {
    if (!hiding) {
      return
    }
    try {
      await decide.mutateAsync({ id: hiding.id, decision: "hide", reason })
      toast.success(t("done.hide"))
      setHiding(null)
    } catch (error) {
      toast.error(errorMessage(error))
    }
  }
  const restore = async (review: AdminReview) => {
    try {
      await decide.mutateAsync({ id: review.id, decision: "restore" })
      toast.success(t("done.restore"))
    } catch (error) {
      toast.error(errorMessage(error))
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">{t("title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("subtitle")}
          </Text>
        </div>
        <Select
          value={filter}
          onValueChange={(value) => {
            setFilter(value as ReviewStatus | "all")
            setPage(0)
          }}
        >
          <Select.Trigger aria-label={t("filter")} className="w-48">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {FILTERS.map((value) => (
              <Select.Item key={value} value={value}>
                {t(`filters.${value}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {isError ? (
        <Text className="px-6 py-4 text-ui-fg-error">{t("loadError")}</Text>
      ) : !isLoading && count === 0 ? (
        <Text className="px-6 py-4 text-ui-fg-subtle" data-testid="customer-reviews-empty">
          {t("empty")}
        </Text>
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("review")}</Table.HeaderCell>
                <Table.HeaderCell>{t("product")}</Table.HeaderCell>
                <Table.HeaderCell>{t("reports")}</Table.HeaderCell>
                <Table.HeaderCell>{t("status")}</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {(data?.reviews ?? []).map((review) => (
                <Table.Row key={review.id} data-testid="customer-review-row" data-review-id={review.id}>
                  <Table.Cell className="max-w-md">
                    <ReviewCell review={review} />
                  </Table.Cell>
                  <Table.Cell>
                    <span dir="auto">{review.product_title}</span>
                    <Text size="xsmall" className="text-ui-fg-subtle" dir="auto">
                      {review.cooperative?.name ?? "—"} · {format.dateTime(review.created_at)}
                    </Text>
                  </Table.Cell>
                  <Table.Cell>
                    {review.report_count ? (
                      <Badge size="2xsmall" color="red">
                        {review.report_count}
                      </Badge>
                    ) : (
                      "0"
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    <StatusBadge color={review.status === "hidden" ? "red" : "green"}>{t(`filters.${review.status}`)}</StatusBadge>
                    {review.hidden_reason ? (
                      <Text size="xsmall" className="text-ui-fg-subtle">
                        {review.hidden_reason}
                      </Text>
                    ) : null}
                  </Table.Cell>
                  <Table.Cell>
                    {review.status === "visible" ? (
                      <Button size="small" variant="danger" onClick={() => setHiding(review)}>
                        {t("actions.hide")}
                      </Button>
                    ) : (
                      <Button size="small" variant="secondary" onClick={() => void restore(review)} isLoading={decide.isPending}>
                        {t("actions.restore")}
                      </Button>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Table.Pagination
            count={count}
            pageSize={REVIEWS_PAGE_SIZE}
            pageIndex={page}
            pageCount={pageCount}
            canPreviousPage={page > 0}
            canNextPage={page + 1 < pageCount}
            previousPage={() => setPage((current) => Math.max(0, current - 1))}
            nextPage={() => setPage((current) => current + 1)}
            translations={{ of: t("pagination.of"), results: t("pagination.results"), pages: t("pagination.pages"), prev: t("pagination.prev"), next: t("pagination.next") }}
          />
        </>
      )}
      <DecisionDrawer
        open={!!hiding}
        onOpenChange={(open) => (open ? null : setHiding(null))}
        title={t("actions.hide")}
        description={t("confirmHide")}
        confirm={t("actions.hide")}
        field="reason"
        pending={decide.isPending}
        onSubmit={hide}
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "nav",
  translationNs: "customerReviews",
  icon: ChatBubbleLeftRight,
})

export default CustomerReviewsPage
