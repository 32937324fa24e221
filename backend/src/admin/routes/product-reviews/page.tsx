import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CheckCircle } from "@medusajs/icons"
import { Badge, Button, Container, FocusModal, Heading, StatusBadge, Table, Text, toast } from "@medusajs/ui"
import type { AdminReviewQueueProduct, Locale } from "@tadamon/shared"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { errorMessage, PAGE_SIZE, useProductReview, useReviewQueue } from "../cooperatives/components/api"
import { DecisionDrawer, useFormat } from "../cooperatives/components/shared"

const LOCALES: Locale[] = ["ar", "fr", "en"]

/** The product as the store will show it, in the three languages, with its variants, prices and labels. */
function Preview({ product }: { product: AdminReviewQueueProduct }) {
  const { t } = useTranslation("moderation")
  const format = useFormat()
  return (
    <div className="flex flex-col gap-y-6" data-testid="product-preview">
      {product.images.length ? (
        <div className="flex gap-3 overflow-x-auto">
          {product.images.map((url) => (
            <img key={url} src={url} alt="" className="h-40 w-40 rounded-lg border object-cover" />
          ))}
        </div>
      ) : (
        <Text size="small" className="text-ui-fg-subtle">
          {t("reviews.noImages")}
        </Text>
      )}
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        {LOCALES.map((locale) => (
          <div key={locale} lang={locale} dir={locale === "ar" ? "rtl" : "ltr"} className="rounded-lg border p-4">
            <Text size="xsmall" className="text-ui-fg-muted">
              {t(`locale.${locale}`)}
            </Text>
            <Heading level="h3">{product.title[locale] ?? <span className="text-ui-fg-muted">{t("reviews.missingTranslation")}</span>}</Heading>
            <Text size="small" className="whitespace-pre-line text-ui-fg-subtle">
              {product.description[locale] ?? ""}
            </Text>
          </div>
        ))}
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("reviews.variant")}</Table.HeaderCell>
            <Table.HeaderCell>{t("reviews.price")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {product.variants.map((variant) => (
            <Table.Row key={variant.id}>
              <Table.Cell dir="auto">{variant.option_value ?? variant.title}</Table.Cell>
              <Table.Cell>{variant.price === null ? "—" : format.price(variant.price)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <div className="flex flex-wrap items-center gap-2">
        <Text size="small" weight="plus">
          {t("reviews.labels")}
        </Text>
        {product.labels.length === 0 ? (
          <Text size="small" className="text-ui-fg-subtle">
            —
          </Text>
        ) : (
          product.labels.map((label) => (
            <StatusBadge key={label.document_id} color={label.is_valid ? "green" : "red"}>
              {t(`documentType.${label.type}`)}
              {label.label_name ? ` · ${label.label_name}` : ""}
              {label.is_valid ? "" : ` (${t("reviews.labelInvalid")})`}
            </StatusBadge>
          ))
        )}
      </div>
    </div>
  )
}

/** The organizers' review queue: cooperatives' proposed products, oldest first, to publish or reject with a reason. */
const ProductReviewsPage = () => {
  const { t } = useTranslation("moderation")
  const format = useFormat()
  const [page, setPage] = useState(0)
  const { data, isLoading, isError } = useReviewQueue(page * PAGE_SIZE)
  const review = useProductReview()
  const [previewed, setPreviewed] = useState<AdminReviewQueueProduct | null>(null)
  const [rejecting, setRejecting] = useState<AdminReviewQueueProduct | null>(null)
  const count = data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))

  const publish = async (product: AdminReviewQueueProduct) => {
    try {
      await review.mutateAsync({ product_id: product.id, decision: "publish" })
      toast.success(t("done.publish"))
      setPreviewed(null)
    } catch (error) {
      toast.error(errorMessage(error))
    }
  }
  const reject = async (reason: string) => {
    if (!rejecting) {
      return
    }
    try {
      await review.mutateAsync({ product_id: rejecting.id, decision: "reject", reason })
      toast.success(t("done.rejectProduct"))
      setRejecting(null)
      setPreviewed(null)
    } catch (error) {
      toast.error(errorMessage(error))
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">{t("reviews.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("reviews.subtitle")}
        </Text>
      </div>
      {isError ? (
        <Text className="px-6 py-4 text-ui-fg-error">{t("errors.load")}</Text>
      ) : !isLoading && count === 0 ? (
        <Text className="px-6 py-4 text-ui-fg-subtle" data-testid="review-queue-empty">
          {t("reviews.empty")}
        </Text>
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell />
                <Table.HeaderCell>{t("reviews.product")}</Table.HeaderCell>
                <Table.HeaderCell>{t("reviews.cooperative")}</Table.HeaderCell>
                <Table.HeaderCell>{t("reviews.submitted")}</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {(data?.products ?? []).map((product) => (
                <Table.Row key={product.id} data-testid="review-row" data-product-id={product.id}>
                  <Table.Cell>
                    {product.thumbnail ? <img src={product.thumbnail} alt="" className="h-10 w-10 rounded object-cover" /> : null}
                  </Table.Cell>
                  <Table.Cell>
                    <span dir="auto">{product.title.ar}</span>
                    {product.title.fr ? <span className="ms-2 text-ui-fg-subtle">{product.title.fr}</span> : null}
                  </Table.Cell>
                  <Table.Cell>
                    <Link to={`/cooperatives/${product.cooperative.id}`} className="text-ui-fg-interactive" dir="auto">
                      {product.cooperative.name}
                    </Link>
                    {product.cooperative.status !== "approved" ? (
                      <Badge size="2xsmall" color="orange" className="ms-2">
                        {t(`status.${product.cooperative.status}`)}
                      </Badge>
                    ) : null}
                  </Table.Cell>
                  <Table.Cell>{format.dateTime(product.updated_at)}</Table.Cell>
                  <Table.Cell>
                    <Button size="small" variant="secondary" onClick={() => setPreviewed(product)}>
                      {t("reviews.preview")}
                    </Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Table.Pagination
            count={count}
            pageSize={PAGE_SIZE}
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
      <FocusModal open={!!previewed} onOpenChange={(open) => (open ? null : setPreviewed(null))}>
        <FocusModal.Content>
          <FocusModal.Header>
            <div className="flex items-center justify-end gap-2">
              <Button variant="danger" size="small" onClick={() => previewed && setRejecting(previewed)}>
                {t("actions.rejectProduct")}
              </Button>
              <Button size="small" onClick={() => previewed && void publish(previewed)} isLoading={review.isPending}>
                {t("actions.publish")}
              </Button>
            </div>
          </FocusModal.Header>
          <FocusModal.Body className="overflow-y-auto p-6">
            <FocusModal.Title className="sr-only">{t("reviews.preview")}</FocusModal.Title>
            {previewed ? <Preview product={previewed} /> : null}
          </FocusModal.Body>
        </FocusModal.Content>
      </FocusModal>
      <DecisionDrawer
        open={!!rejecting}
        onOpenChange={(open) => (open ? null : setRejecting(null))}
        title={t("actions.rejectProduct")}
        description={t("confirm.rejectProduct")}
        confirm={t("actions.rejectProduct")}
        field="reason"
        pending={review.isPending}
        onSubmit={reject}
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "nav.productReviews",
  translationNs: "moderation",
  icon: CheckCircle,
})

export default ProductReviewsPage
