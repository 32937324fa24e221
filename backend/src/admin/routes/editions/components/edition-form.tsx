import { Plus, Trash } from "@medusajs/icons"
import { Button, Container, Heading, IconButton, Input, Label, Select, Text } from "@medusajs/ui"
import {
  LOCALES,
  PROGRAM_KINDS,
  REGIONS,
  type AdminEdition,
  type AdminEditionInput,
  type LocalizedText,
  type ProgramKind,
} from "@tadamon/shared"
import { useState, type FormEvent, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { useApprovedCooperatives } from "./api"
import { useEditionFormat } from "./shared"

type ProgramRow = { kind: ProgramKind; title: LocalizedText; day: string; starts_at: string; ends_at: string }
type ParticipantRow = { cooperative_id: string; stand_number: string }

type FormState = {
  handle: string
  name: LocalizedText
  venue: LocalizedText
  province: string
  starts_on: string
  ends_on: string
  edition_number: string
  participants: ParticipantRow[]
  program: ProgramRow[]
}

const EMPTY_TEXT: LocalizedText = { ar: "", fr: "", en: "" }

function initialState(edition?: AdminEdition): FormState {
  if (!edition) {
    return {
      handle: "",
      name: EMPTY_TEXT,
      venue: EMPTY_TEXT,
      province: "",
      starts_on: "",
      ends_on: "",
      edition_number: "",
      participants: [],
      program: [],
    }
  }
  return {
    handle: edition.handle,
    name: edition.name,
    venue: edition.venue,
    province: edition.province,
    starts_on: edition.starts_on,
    ends_on: edition.ends_on,
    edition_number: edition.edition_number ? String(edition.edition_number) : "",
    participants: edition.participants.map((participant) => ({ cooperative_id: participant.cooperative.id, stand_number: participant.stand_number })),
    program: edition.program.map((item) => ({ kind: item.kind, title: item.title, day: item.day, starts_at: item.starts_at, ends_at: item.ends_at ?? "" })),
  }
}

function toInput(state: FormState): AdminEditionInput {
  return {
    handle: state.handle.trim(),
    name: state.name,
    venue: state.venue,
    province: state.province,
    starts_on: state.starts_on,
    ends_on: state.ends_on,
    edition_number: state.edition_number.trim() ? Number(state.edition_number) : null,
    participants: state.participants,
    program: state.program.map((item) => ({ ...item, ends_at: item.ends_at || null })),
  }
}

function Field({ label, htmlFor, children }: { label: string; htmlFor: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={htmlFor} size="small" weight="plus">
        {label}
      </Label>
      {children}
    </div>
  )
}

/** Three inputs for a text in Arabic, French and English (Arabic right-to-left). */
function LocalizedInputs({
  id,
  label,
  value,
  onChange,
}: {
  id: string
  label: string
  value: LocalizedText
  onChange: (value: LocalizedText) => void
}) {
  const { t } = useTranslation("editions")
  return (
    <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
      {LOCALES.map((locale) => (
        <Field key={locale} label={`${label} (${t(`locale.${locale}`)})`} htmlFor={`${id}-${locale}`}>
          <Input
            id={`${id}-${locale}`}
            dir={locale === "ar" ? "rtl" : "ltr"}
            value={value[locale]}
            onChange={(event) => onChange({ ...value, [locale]: event.target.value })}
          />
        </Field>
      ))}
    </div>
  )
}

type EditionFormProps = {
  edition?: AdminEdition
  pending: boolean
  onSubmit: (input: AdminEditionInput) => Promise<unknown>
  /** Shown beside each saved stand (the stand sheet links). */
  standActions?: (cooperativeId: string) => ReactNode
}

/**
 * An edition's form: names and venue in three languages, province, days, the stands (approved
 * cooperatives and their numbers) and the program. Saving sends everything; the API checks it.
 */
export function EditionForm({ edition, pending, onSubmit, standActions }: EditionFormProps) {
  const { t } = useTranslation("editions")
  const format = useEditionFormat()
  const cooperatives = useApprovedCooperatives()
  const [state, setState] = useState<FormState>(() => initialState(edition))
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setState((current) => ({ ...current, [key]: value }))

  const setParticipant = (index: number, change: Partial<ParticipantRow>) =>
    set(
      "participants",
      state.participants.map((row, at) => (at === index ? { ...row, ...change } : row))
    )
  const setProgram = (index: number, change: Partial<ProgramRow>) =>
    set(
      "program",
      state.program.map((row, at) => (at === index ? { ...row, ...change } : row))
    )

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    await onSubmit(toInput(state))
  }

  // A cooperative that is no longer approved still shows on the stand it holds.
  const known = new Map((cooperatives.data?.cooperatives ?? []).map((cooperative) => [cooperative.id, cooperative.name]))
  for (const participant of edition?.participants ?? []) {
    if (!known.has(participant.cooperative.id)) {
      known.set(participant.cooperative.id, participant.cooperative.name)
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} className="flex flex-col gap-y-3" data-testid="edition-form">
      <Container className="flex flex-col gap-y-4 px-6 py-4">
        <Heading level="h2">{t("form.details")}</Heading>
        <LocalizedInputs id="edition-name" label={t("form.name")} value={state.name} onChange={(value) => set("name", value)} />
        <LocalizedInputs id="edition-venue" label={t("form.venue")} value={state.venue} onChange={(value) => set("venue", value)} />
        <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
          <Field label={t("form.handle")} htmlFor="edition-handle">
            <Input id="edition-handle" dir="ltr" value={state.handle} placeholder="taounate-2026" onChange={(event) => set("handle", event.target.value)} />
          </Field>
          <Field label={t("form.province")} htmlFor="edition-province">
            <Select value={state.province} onValueChange={(value) => set("province", value)}>
              <Select.Trigger id="edition-province" data-testid="edition-province">
                <Select.Value placeholder={t("form.provincePlaceholder")} />
              </Select.Trigger>
              <Select.Content>
                {REGIONS.map((region) => (
                  <Select.Group key={region.code}>
                    <Select.Label>{region.name[format.locale]}</Select.Label>
                    {region.provinces.map((province) => (
                      <Select.Item key={province.code} value={province.code}>
                        {province.name[format.locale]}
                      </Select.Item>
                    ))}
                  </Select.Group>
                ))}
              </Select.Content>
            </Select>
          </Field>
          <Field label={t("form.editionNumber")} htmlFor="edition-number">
            <Input
              id="edition-number"
              type="number"
              min={1}
              value={state.edition_number}
              onChange={(event) => set("edition_number", event.target.value)}
            />
          </Field>
          <Field label={t("form.startsOn")} htmlFor="edition-starts-on">
            <Input id="edition-starts-on" type="date" value={state.starts_on} onChange={(event) => set("starts_on", event.target.value)} />
          </Field>
          <Field label={t("form.endsOn")} htmlFor="edition-ends-on">
            <Input id="edition-ends-on" type="date" value={state.ends_on} onChange={(event) => set("ends_on", event.target.value)} />
          </Field>
        </div>
      </Container>

      <Container className="flex flex-col gap-y-4 px-6 py-4">
        <div className="flex items-center justify-between">
          <div>
            <Heading level="h2">{t("form.participants")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {t("form.participantsHint")}
            </Text>
          </div>
          <Button
            type="button"
            variant="secondary"
            size="small"
            onClick={() => set("participants", [...state.participants, { cooperative_id: "", stand_number: String(state.participants.length + 1) }])}
          >
            <Plus />
            {t("form.addParticipant")}
          </Button>
        </div>
        {state.participants.length === 0 ? (
          <Text size="small" className="text-ui-fg-subtle">
            {t("form.noParticipants")}
          </Text>
        ) : null}
        {state.participants.map((participant, index) => (
          <div key={index} className="flex flex-wrap items-end gap-3" data-testid="edition-participant">
            <div className="min-w-64 flex-1">
              <Field label={t("form.cooperative")} htmlFor={`participant-${index}-cooperative`}>
                <Select value={participant.cooperative_id} onValueChange={(value) => setParticipant(index, { cooperative_id: value })}>
                  <Select.Trigger id={`participant-${index}-cooperative`}>
                    <Select.Value placeholder={t("form.cooperativePlaceholder")} />
                  </Select.Trigger>
                  <Select.Content>
                    {[...known].map(([id, name]) => (
                      <Select.Item key={id} value={id}>
                        <span dir="auto">{name}</span>
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </Field>
            </div>
            <div className="w-32">
              <Field label={t("form.standNumber")} htmlFor={`participant-${index}-stand`}>
                <Input
                  id={`participant-${index}-stand`}
                  value={participant.stand_number}
                  onChange={(event) => setParticipant(index, { stand_number: event.target.value })}
                />
              </Field>
            </div>
            {standActions && edition?.participants.some((saved) => saved.cooperative.id === participant.cooperative_id)
              ? standActions(participant.cooperative_id)
              : null}
            <IconButton
              type="button"
              variant="transparent"
              aria-label={t("form.removeParticipant")}
              onClick={() => set("participants", state.participants.filter((_, at) => at !== index))}
            >
              <Trash />
            </IconButton>
          </div>
        ))}
      </Container>

      <Container className="flex flex-col gap-y-4 px-6 py-4">
        <div className="flex items-center justify-between">
          <Heading level="h2">{t("form.program")}</Heading>
          <Button
            type="button"
            variant="secondary"
            size="small"
            onClick={() =>
              set("program", [...state.program, { kind: "workshop", title: EMPTY_TEXT, day: state.starts_on, starts_at: "10:00", ends_at: "" }])
            }
          >
            <Plus />
            {t("form.addProgramItem")}
          </Button>
        </div>
        {state.program.length === 0 ? (
          <Text size="small" className="text-ui-fg-subtle">
            {t("form.noProgram")}
          </Text>
        ) : null}
        {state.program.map((item, index) => (
          <div key={index} className="flex flex-col gap-y-3 rounded-md border border-ui-border-base p-3" data-testid="edition-program-item">
            <div className="flex flex-wrap items-end gap-3">
              <div className="w-40">
                <Field label={t("form.kind")} htmlFor={`program-${index}-kind`}>
                  <Select value={item.kind} onValueChange={(value) => setProgram(index, { kind: value as ProgramKind })}>
                    <Select.Trigger id={`program-${index}-kind`}>
                      <Select.Value />
                    </Select.Trigger>
                    <Select.Content>
                      {PROGRAM_KINDS.map((kind) => (
                        <Select.Item key={kind} value={kind}>
                          {t(`kind.${kind}`)}
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                </Field>
              </div>
              <Field label={t("form.day")} htmlFor={`program-${index}-day`}>
                <Input
                  id={`program-${index}-day`}
                  type="date"
                  min={state.starts_on || undefined}
                  max={state.ends_on || undefined}
                  value={item.day}
                  onChange={(event) => setProgram(index, { day: event.target.value })}
                />
              </Field>
              <Field label={t("form.startsAt")} htmlFor={`program-${index}-starts-at`}>
                <Input id={`program-${index}-starts-at`} type="time" value={item.starts_at} onChange={(event) => setProgram(index, { starts_at: event.target.value })} />
              </Field>
              <Field label={t("form.endsAt")} htmlFor={`program-${index}-ends-at`}>
                <Input id={`program-${index}-ends-at`} type="time" value={item.ends_at} onChange={(event) => setProgram(index, { ends_at: event.target.value })} />
              </Field>
              <IconButton
                type="button"
                variant="transparent"
                aria-label={t("form.removeProgramItem")}
                onClick={() => set("program", state.program.filter((_, at) => at !== index))}
              >
                <Trash />
              </IconButton>
            </div>
            <LocalizedInputs id={`program-${index}-title`} label={t("form.title")} value={item.title} onChange={(value) => setProgram(index, { title: value })} />
          </div>
        ))}
      </Container>

      <div className="flex justify-end">
        <Button type="submit" isLoading={pending} data-testid="edition-save">
          {t("form.save")}
        </Button>
      </div>
    </form>
  )
}
