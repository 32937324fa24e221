import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, StatusBadge, Text, toast } from "@medusajs/ui"
import type { AdminProductModerationResponse } from "@tadamon/shared"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { sdk } from "../lib/sdk"
import { errorMessage, useProductReview } from "../routes/cooperatives/components/api"
import { DecisionDrawer } from "../routes/cooperatives/components/shared"

type Props = { data: { id: string } }

/**
 * On a product's page: the cooperative that sells it and where it stands in review, with publish
 * and reject (with a reason) while it waits. Nothing for the platform's own products.
 */
const ProductModerationWidget = ({ data }: Props) => {
  const { t } = useTranslation("moderation")
  const moderation = useQuery({
    queryKey: ["moderation", "product", data.id],
    queryFn: () => sdk.client.fetch<AdminProductModerationResponse>(`/admin/products/${data.id}/review`),
  })
  const review = useProductReview()
  const [rejecting, setRejecting] = useState(false)
  const info = moderation.data
  if (!info?.cooperative) {
    return null
  }
  const decide = async (decision: { decision: "publish" } | { decision: "reject"; reason: string }) => {
    try {
      await review.mutateAsync({ product_id: data.id, ...decision })
      toast.success(decision.decision === "publish" ? t("done.publish") : t("done.rejectProduct"))
      setRejecting(false)
    } catch (error) {
      toast.error(errorMessage(error))
    }
  }
  const proposed = info.product.status === "proposed"
  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4">
      <Heading level="h2">{t("widget.title")}</Heading>
      <Text size="small">
        {t("reviews.cooperative")}:{" "}
        <Link to={`/cooperatives/${info.cooperative.id}`} className="text-ui-fg-interactive" dir="auto">
          {info.cooperative.name}
        </Link>{" "}
        <StatusBadge color={info.cooperative.status === "approved" ? "green" : "orange"}>{t(`status.${info.cooperative.status}`)}</StatusBadge>
      </Text>
      {info.product.review?.status === "rejected" && info.product.review.reason ? (
        <Text size="small" className="text-ui-fg-subtle">
          {t("widget.rejectedBecause")} <span dir="auto">{info.product.review.reason}</span>
        </Text>
      ) : null}
      {proposed ? (
        <div className="flex gap-2">
          <Button size="small" onClick={() => void decide({ decision: "publish" })} isLoading={review.isPending}>
            {t("actions.publish")}
          </Button>
          <Button size="small" variant="danger" onClick={() => setRejecting(true)}>
            {t("actions.rejectProduct")}
          </Button>
        </div>
      ) : null}
      <DecisionDrawer
        open={rejecting}
        onOpenChange={setRejecting}
        title={t("actions.rejectProduct")}
        description={t("confirm.rejectProduct")}
        confirm={t("actions.rejectProduct")}
        field="reason"
        pending={review.isPending}
        onSubmit={(reason) => decide({ decision: "reject", reason })}
      />
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.before",
})

export default ProductModerationWidget
