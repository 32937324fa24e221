import { Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { formatPrice, type Locale } from "@tadamon/shared"
import { useTranslation } from "react-i18next"
import { useCashClaims, useConfirmCash } from "./api"

/**
 * Cash cooperatives declared collected that Amana or the solidarity store holds: what organizers
 * still have to confirm (Amana's next statement, or the store's till with the button).
 */
export const ClaimsSection = ({ locale }: { locale: Locale }) => {
  const { t } = useTranslation("settlement")
  const { data, isError, isLoading } = useCashClaims()
  const confirm = useConfirmCash()
  const claims = data?.claims ?? []
  return (
    <Container className="divide-y p-0" data-testid="cash-claims">
      <div className="px-6 py-4">
        <Heading level="h2">{t("claims.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("claims.subtitle")}
        </Text>
      </div>
      {isError ? (
        <Text className="px-6 py-4 text-ui-fg-error">{t("errors.load")}</Text>
      ) : isLoading ? (
        <Text className="px-6 py-4 text-ui-fg-subtle">{t("loading")}</Text>
      ) : !claims.length ? (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle" data-testid="cash-claims-empty">
          {t("claims.empty")}
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("claims.order")}</Table.HeaderCell>
              <Table.HeaderCell>{t("claims.cooperative")}</Table.HeaderCell>
              <Table.HeaderCell className="text-end">{t("claims.amount")}</Table.HeaderCell>
              <Table.HeaderCell>{t("claims.holder")}</Table.HeaderCell>
              <Table.HeaderCell>{t("claims.tracking")}</Table.HeaderCell>
              <Table.HeaderCell>{t("claims.claimedAt")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {claims.map((claim) => (
              <Table.Row key={claim.order_id} data-testid="cash-claim" data-order-id={claim.order_id} data-holder={claim.cash_holder}>
                <Table.Cell>#{claim.order_display_id}</Table.Cell>
                <Table.Cell>{claim.cooperative?.name ?? "–"}</Table.Cell>
                <Table.Cell className="text-end">{formatPrice(claim.amount, locale, claim.currency_code)}</Table.Cell>
                <Table.Cell>{t(`holder.${claim.cash_holder}`)}</Table.Cell>
                <Table.Cell>
                  <span dir="ltr">{claim.tracking_number ?? "–"}</span>
                </Table.Cell>
                <Table.Cell>{claim.claimed_at.slice(0, 10)}</Table.Cell>
                <Table.Cell className="text-end">
                  {claim.delivered ? (
                    <Button
                      size="small"
                      variant="secondary"
                      isLoading={confirm.isPending && confirm.variables === claim.order_id}
                      data-testid="cash-claim-confirm"
                      onClick={() =>
                        confirm.mutate(claim.order_id, {
                          onSuccess: () => toast.success(t("claims.confirmed", { number: claim.order_display_id })),
                          onError: () => toast.error(t("errors.confirm")),
                        })
                      }
                    >
                      {t("claims.confirm")}
                    </Button>
                  ) : null}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}
