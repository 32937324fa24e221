import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CalendarSolid } from "@medusajs/icons"
import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import { useEditions } from "./components/api"
import { EditionStatusBadge, useEditionFormat } from "./components/shared"

/** The market editions, newest first, with their status today. */
const EditionsPage = () => {
  const { t } = useTranslation("editions")
  const navigate = useNavigate()
  const format = useEditionFormat()
  const { data, isLoading, isError } = useEditions()
  const editions = data?.editions ?? []

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">{t("list.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("list.subtitle")}
          </Text>
        </div>
        <Button size="small" variant="secondary" asChild>
          <Link to="/editions/create" data-testid="edition-create">
            {t("list.create")}
          </Link>
        </Button>
      </div>
      {isError ? (
        <Text className="px-6 py-4 text-ui-fg-error">{t("errors.load")}</Text>
      ) : isLoading ? (
        <Text className="px-6 py-4 text-ui-fg-subtle">{t("loading")}</Text>
      ) : editions.length === 0 ? (
        <Text className="px-6 py-4 text-ui-fg-subtle">{t("list.empty")}</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("list.name")}</Table.HeaderCell>
              <Table.HeaderCell>{t("list.province")}</Table.HeaderCell>
              <Table.HeaderCell>{t("list.dates")}</Table.HeaderCell>
              <Table.HeaderCell>{t("list.stands")}</Table.HeaderCell>
              <Table.HeaderCell>{t("list.status")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {editions.map((edition) => (
              <Table.Row
                key={edition.id}
                className="cursor-pointer"
                data-testid="edition-row"
                onClick={() => void navigate(`/editions/${edition.id}`)}
              >
                <Table.Cell>
                  <span dir="auto">{format.text(edition.name)}</span>
                </Table.Cell>
                <Table.Cell>{format.province(edition.province)}</Table.Cell>
                <Table.Cell>{t("list.range", { from: format.day(edition.starts_on), to: format.day(edition.ends_on) })}</Table.Cell>
                <Table.Cell>{edition.participant_count}</Table.Cell>
                <Table.Cell>
                  <EditionStatusBadge status={edition.status} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "nav.editions",
  translationNs: "editions",
  icon: CalendarSolid,
})

export default EditionsPage
