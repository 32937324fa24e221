import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Badge, Container, Heading, Select, Table, Text } from "@medusajs/ui"
import type { CooperativeStatus } from "@tadamon/shared"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { PAGE_SIZE, useCooperatives } from "./components/api"
import { CooperativeStatusBadge, useFormat } from "./components/shared"

type Filter = CooperativeStatus | "all"

/** In the order organizers work through them. */
const STATUSES: CooperativeStatus[] = ["pending", "approved", "suspended", "rejected"]

/** The organizers' queue of cooperatives: applications to review first (pending), any status on demand. */
const CooperativesPage = () => {
  const { t } = useTranslation("moderation")
  const navigate = useNavigate()
  const format = useFormat()
  const [status, setStatus] = useState<Filter>("pending")
  const [page, setPage] = useState(0)
  const { data, isLoading, isError } = useCooperatives(status, page * PAGE_SIZE)
  const count = data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">{t("cooperatives.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("cooperatives.subtitle")}
          </Text>
        </div>
        <div className="w-48">
          <Select
            value={status}
            onValueChange={(value) => {
              setStatus(value as Filter)
              setPage(0)
            }}
          >
            <Select.Trigger aria-label={t("cooperatives.filter")} data-testid="cooperative-status-filter">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">{t("status.all")}</Select.Item>
              {STATUSES.map((value) => (
                <Select.Item key={value} value={value}>
                  {t(`status.${value}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      {isError ? (
        <Text className="px-6 py-4 text-ui-fg-error">{t("errors.load")}</Text>
      ) : !isLoading && count === 0 ? (
        <Text className="px-6 py-4 text-ui-fg-subtle">{t("cooperatives.empty")}</Text>
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("cooperatives.name")}</Table.HeaderCell>
                <Table.HeaderCell>{t("cooperatives.province")}</Table.HeaderCell>
                <Table.HeaderCell>{t("cooperatives.sector")}</Table.HeaderCell>
                <Table.HeaderCell>{t("cooperatives.status")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {(data?.cooperatives ?? []).map((cooperative) => (
                <Table.Row
                  key={cooperative.id}
                  className="cursor-pointer"
                  data-testid="cooperative-row"
                  onClick={() => void navigate(`/cooperatives/${cooperative.id}`)}
                >
                  <Table.Cell>
                    <a
                      href={`/app/cooperatives/${cooperative.id}`}
                      onClick={(event) => {
                        event.preventDefault()
                        void navigate(`/cooperatives/${cooperative.id}`)
                      }}
                      className="text-ui-fg-interactive"
                      dir="auto"
                    >
                      {cooperative.name}
                    </a>
                    {cooperative.trusted ? (
                      <Badge size="2xsmall" color="blue" className="ms-2">
                        {t("trust.badge")}
                      </Badge>
                    ) : null}
                  </Table.Cell>
                  <Table.Cell>{format.province(cooperative.province)}</Table.Cell>
                  <Table.Cell>{t(`sector.${cooperative.sector}`)}</Table.Cell>
                  <Table.Cell>
                    <CooperativeStatusBadge status={cooperative.status} />
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
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "nav.cooperatives",
  translationNs: "moderation",
  icon: BuildingStorefront,
})

export default CooperativesPage
