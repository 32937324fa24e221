import { Badge, Button, Container, Heading, StatusBadge, Switch, Table, Text, toast, usePrompt } from "@medusajs/ui"
import type { AdminCooperativeDetail, ModerationEvent, VendorDocument } from "@tadamon/shared"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { errorMessage, useCooperative, useCooperativeAction, useModerationEvents, type CooperativeAction } from "../components/api"
import { CooperativeStatusBadge, DecisionDrawer, useFormat } from "../components/shared"

type Dialog =
  | { kind: "reject" | "suspend" }
  | { kind: "verify"; document: VendorDocument }
  | { kind: "refuse"; document: VendorDocument }
  | null

function documentState(document: VendorDocument): { key: string; color: "green" | "orange" | "red" | "grey" } {
  if (document.status === "verified") {
    return document.is_expired ? { key: "expired", color: "grey" } : { key: "verified", color: "green" }
  }
  return document.status === "refused" ? { key: "refused", color: "red" } : { key: "pending", color: "orange" }
}

/** A document's private file, read with the organizer's session (a signed URL's redirect on S3 storage). */
function documentFileUrl(cooperativeId: string, documentId: string): string {
  return `/admin/cooperatives/${encodeURIComponent(cooperativeId)}/documents/${encodeURIComponent(documentId)}/file`
}

/** The cooperative as organizers review it: details, documents, decisions, trust and the moderation history. */
const CooperativePage = () => {
  const { id = "" } = useParams()
  const { t } = useTranslation("moderation")
  const format = useFormat()
  const prompt = usePrompt()
  const { data, isLoading, isError } = useCooperative(id)
  const events = useModerationEvents(id)
  const action = useCooperativeAction(id)
  const [dialog, setDialog] = useState<Dialog>(null)

  const run = async (next: CooperativeAction, done: string) => {
    try {
      await action.mutateAsync(next)
      toast.success(done)
      setDialog(null)
    } catch (error) {
      toast.error(errorMessage(error))
    }
  }

  const confirmThen = async (kind: "approve" | "reinstate") => {
    const confirmed = await prompt({
      title: t(`actions.${kind}`),
      description: t(`confirm.${kind}`),
      confirmText: t(`actions.${kind}`),
      cancelText: t("actions.cancel"),
    })
    if (confirmed) {
      await run({ kind }, t(`done.${kind}`))
    }
  }

  if (isLoading) {
    return (
      <Container>
        <Text>{t("loading")}</Text>
      </Container>
    )
  }
  if (isError || !data) {
    return (
      <Container>
        <Text className="text-ui-fg-error">{t("errors.load")}</Text>
      </Container>
    )
  }
  const cooperative: AdminCooperativeDetail = data.cooperative
  const owner = cooperative.members.find((member) => member.role === "owner")

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
          <div className="flex flex-col gap-y-1">
            <Link to="/cooperatives" className="text-ui-fg-subtle text-small">
              {t("cooperatives.back")}
            </Link>
            <div className="flex items-center gap-x-2">
              <Heading level="h1" dir="auto">
                {cooperative.name}
              </Heading>
              <CooperativeStatusBadge status={cooperative.status} />
            </div>
            {cooperative.status_reason ? (
              <Text size="small" className="text-ui-fg-subtle" data-testid="cooperative-status-reason">
                {t("cooperative.reason")} <span dir="auto">{cooperative.status_reason}</span>
              </Text>
            ) : null}
          </div>
          <div className="flex flex-wrap gap-2">
            {cooperative.status === "pending" || cooperative.status === "rejected" ? (
              <Button onClick={() => void confirmThen("approve")} isLoading={action.isPending}>
                {t("actions.approve")}
              </Button>
            ) : null}
            {cooperative.status === "pending" ? (
              <Button variant="danger" onClick={() => setDialog({ kind: "reject" })}>
                {t("actions.reject")}
              </Button>
            ) : null}
            {cooperative.status === "approved" ? (
              <Button variant="danger" onClick={() => setDialog({ kind: "suspend" })}>
                {t("actions.suspend")}
              </Button>
            ) : null}
            {cooperative.status === "suspended" ? (
              <Button onClick={() => void confirmThen("reinstate")} isLoading={action.isPending}>
                {t("actions.reinstate")}
              </Button>
            ) : null}
          </div>
        </div>
        <div className="flex items-center justify-between gap-4 px-6 py-4">
          <div>
            <Text weight="plus" size="small">
              {t("trust.title")}
            </Text>
            <Text size="small" className="text-ui-fg-subtle">
              {t("trust.description")}
            </Text>
          </div>
          <Switch
            aria-label={t("trust.title")}
            checked={cooperative.trusted}
            disabled={action.isPending}
            onCheckedChange={(trusted) => void run({ kind: "trust", trusted }, trusted ? t("done.trust") : t("done.distrust"))}
          />
        </div>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-3 px-6 py-4 sm:grid-cols-2">
          {(
            [
              ["legal_registration_number", cooperative.legal_registration_number],
              ["province", `${format.province(cooperative.province)} (${format.region(cooperative.region)})`],
              ["commune", cooperative.commune],
              ["sector", t(`sector.${cooperative.sector}`)],
              ["founding_year", cooperative.founding_year ?? "—"],
              ["members", t("cooperative.membersValue", { count: cooperative.member_count, women: cooperative.women_member_count })],
              ["contact_phone", cooperative.contact_phone ?? "—"],
              ["owner", owner ? `${owner.first_name} ${owner.last_name} · ${owner.email}` : "—"],
              ["locale", t(`locale.${cooperative.locale}`)],
              ["created_at", format.day(cooperative.created_at)],
            ] as const
          ).map(([key, value]) => (
            <div key={key}>
              <dt>
                <Text size="small" className="text-ui-fg-subtle">
                  {t(`cooperative.${key}`)}
                </Text>
              </dt>
              <dd>
                <Text size="small" dir="auto">
                  {value}
                </Text>
              </dd>
            </div>
          ))}
          <div className="sm:col-span-2">
            <dt>
              <Text size="small" className="text-ui-fg-subtle">
                {t("cooperative.story")}
              </Text>
            </dt>
            <dd>
              <Text size="small" dir="auto" className="whitespace-pre-line">
                {cooperative.story}
              </Text>
            </dd>
          </div>
        </dl>
      </Container>

      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{t("documents.title")}</Heading>
        </div>
        {cooperative.documents.length === 0 ? (
          <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
            {t("documents.empty")}
          </Text>
        ) : (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("documents.type")}</Table.HeaderCell>
                <Table.HeaderCell>{t("documents.number")}</Table.HeaderCell>
                <Table.HeaderCell>{t("documents.validUntil")}</Table.HeaderCell>
                <Table.HeaderCell>{t("documents.status")}</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {cooperative.documents.map((document) => {
                const state = documentState(document)
                return (
                  <Table.Row key={document.id} data-testid="cooperative-document">
                    <Table.Cell>
                      <div className="flex flex-col">
                        <span>{t(`documentType.${document.type}`)}</span>
                        {document.label_name ? (
                          <span className="text-ui-fg-subtle" dir="auto">
                            {document.label_name}
                          </span>
                        ) : null}
                      </div>
                    </Table.Cell>
                    <Table.Cell>
                      <span dir="auto">{[document.number, document.issuer].filter(Boolean).join(" · ") || "—"}</span>
                    </Table.Cell>
                    <Table.Cell>{document.valid_until ? format.day(document.valid_until) : "—"}</Table.Cell>
                    <Table.Cell>
                      <StatusBadge color={state.color}>{t(`documentStatus.${state.key}`)}</StatusBadge>
                      {document.refusal_reason ? (
                        <Text size="xsmall" className="text-ui-fg-subtle" dir="auto">
                          {document.refusal_reason}
                        </Text>
                      ) : null}
                    </Table.Cell>
                    <Table.Cell>
                      <div className="flex justify-end gap-2">
                        <Button size="small" variant="transparent" asChild>
                          <a href={documentFileUrl(id, document.id)} target="_blank" rel="noreferrer" data-testid="cooperative-document-open">
                            {t("documents.open")}
                          </a>
                        </Button>
                        {document.status !== "verified" || document.is_expired ? (
                          <Button size="small" variant="secondary" onClick={() => setDialog({ kind: "verify", document })}>
                            {t("actions.verify")}
                          </Button>
                        ) : null}
                        {document.status !== "refused" ? (
                          <Button size="small" variant="secondary" onClick={() => setDialog({ kind: "refuse", document })}>
                            {t("actions.refuse")}
                          </Button>
                        ) : null}
                      </div>
                    </Table.Cell>
                  </Table.Row>
                )
              })}
            </Table.Body>
          </Table>
        )}
      </Container>

      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{t("history.title")}</Heading>
        </div>
        {(events.data?.events ?? []).length === 0 ? (
          <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
            {t("history.empty")}
          </Text>
        ) : (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("history.when")}</Table.HeaderCell>
                <Table.HeaderCell>{t("history.who")}</Table.HeaderCell>
                <Table.HeaderCell>{t("history.what")}</Table.HeaderCell>
                <Table.HeaderCell>{t("history.why")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {(events.data?.events ?? []).map((event: ModerationEvent) => (
                <Table.Row key={event.id} data-testid="moderation-event" data-action={event.action}>
                  <Table.Cell>{format.dateTime(event.created_at)}</Table.Cell>
                  <Table.Cell>{event.actor_email ?? t("history.system")}</Table.Cell>
                  <Table.Cell>
                    <div className="flex flex-wrap items-center gap-1">
                      <span>{t(`action.${event.action}`)}</span>
                      {typeof event.details?.title === "string" ? (
                        <span className="text-ui-fg-subtle" dir="auto">
                          «{event.details.title}»
                        </span>
                      ) : null}
                      {typeof event.details?.type === "string" ? (
                        <span className="text-ui-fg-subtle">{t(`documentType.${event.details.type}`)}</span>
                      ) : null}
                      {event.details?.automatic === true ? (
                        <Badge size="2xsmall" color="blue">
                          {t("history.automatic")}
                        </Badge>
                      ) : null}
                    </div>
                  </Table.Cell>
                  <Table.Cell>
                    <span dir="auto">{event.reason ?? "—"}</span>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>

      <DecisionDrawer
        open={dialog?.kind === "reject" || dialog?.kind === "suspend" || dialog?.kind === "refuse"}
        onOpenChange={(open) => (open ? null : setDialog(null))}
        title={dialog ? t(`actions.${dialog.kind}`) : ""}
        description={dialog ? t(`confirm.${dialog.kind}`) : ""}
        confirm={dialog ? t(`actions.${dialog.kind}`) : ""}
        field="reason"
        pending={action.isPending}
        onSubmit={(reason) => {
          if (dialog?.kind === "refuse") {
            return run({ kind: "refuse", document_id: dialog.document.id, reason }, t("done.refuse"))
          }
          if (dialog?.kind === "reject" || dialog?.kind === "suspend") {
            return run({ kind: dialog.kind, reason }, t(`done.${dialog.kind}`))
          }
          return Promise.resolve()
        }}
      />
      <DecisionDrawer
        open={dialog?.kind === "verify"}
        onOpenChange={(open) => (open ? null : setDialog(null))}
        title={t("actions.verify")}
        description={t("confirm.verify")}
        confirm={t("actions.verify")}
        field="date"
        initialDate={dialog?.kind === "verify" && dialog.document.valid_until ? dialog.document.valid_until.slice(0, 10) : null}
        pending={action.isPending}
        onSubmit={(validUntil) =>
          dialog?.kind === "verify" ? run({ kind: "verify", document_id: dialog.document.id, valid_until: validUntil || null }, t("done.verify")) : Promise.resolve()
        }
      />
    </div>
  )
}

export default CooperativePage
